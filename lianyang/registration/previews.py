"""What an officer's browser is shown of a photographed paper: a copy the server drew again, never the upload.

An uploaded picture is whatever bytes its sender chose; decoding it in a browser puts every officer's browser at
the sender's mercy. The preview is decoded here (within `UPLOAD_MAX_PIXELS`, like the upload itself), turned the
way its EXIF says, scaled down to `PREVIEW_SIDE` pixels and encoded as a fresh JPEG without any metadata: no
GPS position, camera serial or thumbnail of the original leaves the server (PIPL art. 6, only what the purpose
needs). PDFs and anything else are not previewed; the view offers them as downloads.
"""

import io

from PIL import Image, ImageOps, UnidentifiedImageError

from .uploads import pixels_allowed

PREVIEW_SIDE = 1600
PREVIEW_CONTENT_TYPE = "image/jpeg"


def upload_preview(handle) -> bytes | None:
    """A re-encoded JPEG of the picture in the open file `handle`, or None when it is no picture Pillow decodes
    within the pixel limit (a file kept before the limit, a damaged one)."""
    try:
        with Image.open(handle) as image:
            if not pixels_allowed(*image.size):
                return None
            image.draft("RGB", (PREVIEW_SIDE, PREVIEW_SIDE))
            turned = ImageOps.exif_transpose(image)
            turned.thumbnail((PREVIEW_SIDE, PREVIEW_SIDE))
            if turned.mode != "RGB":
                turned = _on_white(turned)
            buffer = io.BytesIO()
            turned.save(buffer, "JPEG", quality=85, optimize=True)
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return None
    return buffer.getvalue()


def _on_white(image: Image.Image) -> Image.Image:
    """A picture with transparency or a palette, laid on white as RGB (JPEG has neither)."""
    rgba = image.convert("RGBA")
    white = Image.new("RGB", rgba.size, (255, 255, 255))
    white.paste(rgba, mask=rgba.getchannel("A"))
    return white
