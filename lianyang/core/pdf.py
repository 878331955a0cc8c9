"""Printing HTML to PDF (WeasyPrint), for every document the station prints: registration slips and police forms,
route sheets, notice posters, the newspaper and the handbook.

Only `data:` URIs load (a QR code, a picture read from storage beforehand): http, https and file are refused, so
a printed document never reaches outside the server (PIPL art. 36) nor reads a file it was not given. Fonts are
the system's (Noto Sans, Noto CJK, Noto Arabic); the documents' stylesheets name them per language.
"""


def html_to_pdf(html: str) -> bytes:
    """Print `html`; nothing but `data:` URIs is fetched."""
    # Imported here: WeasyPrint takes about a second to load, and only the pages that print need it.
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    return HTML(string=html, url_fetcher=URLFetcher(allowed_protocols={"data"})).write_pdf()
