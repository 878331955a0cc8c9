"""What the station prints from its publications: a notice as a poster for the physical board (several languages
on one sheet), a newspaper issue laid out per language, and the living-tips handbook per language.

Each document is rendered when a member of staff asks for it, never at import; lianyang.core.pdf prints it.
"""
