from .handbook import REVIEW_EVERY_DAYS, HandbookEntry, HandbookSection
from .newspaper import Article, NewspaperIssue
from .notices import Notice
from .wechat import WeChatOutboxItem, WeChatStep
from .workflow import LONGEST_TITLE, TranslatedPiece, TranslationStatus

__all__ = [
    "LONGEST_TITLE",
    "REVIEW_EVERY_DAYS",
    "Article",
    "HandbookEntry",
    "HandbookSection",
    "NewspaperIssue",
    "Notice",
    "TranslatedPiece",
    "TranslationStatus",
    "WeChatOutboxItem",
    "WeChatStep",
]
