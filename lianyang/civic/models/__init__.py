"""The civic app's records: the waste-sorting guide and the door-to-door campaigns."""

from .campaigns import (
    Campaign,
    CampaignContact,
    CampaignKind,
    CampaignMark,
    CampaignMessage,
    CampaignScript,
    CampaignTally,
    ContactStatus,
)
from .guide import BIN_COLOURS, DropOffWindow, WasteCategory, WasteItem

__all__ = [
    "BIN_COLOURS",
    "Campaign",
    "CampaignContact",
    "CampaignKind",
    "CampaignMark",
    "CampaignMessage",
    "CampaignScript",
    "CampaignTally",
    "ContactStatus",
    "DropOffWindow",
    "WasteCategory",
    "WasteItem",
]
