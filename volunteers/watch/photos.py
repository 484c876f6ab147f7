"""Photos attached to reports: checked to be real images, stripped of metadata, stored privately.

An upload is trusted for nothing: not its file name, not the browser's content type. Pillow must
recognise it as a JPEG, PNG or WebP whose pixel count is below the limit (a small file can
decompress into gigabytes); it is then redrawn into a fresh image, so EXIF (GPS position, camera,
time), XMP, ICC and text chunks are all left behind, scaled down, re-encoded and saved under
UPLOAD_DIR with a random name. It is only ever served through a view that checks permission.
"""

import io
import logging
import secrets
import warnings
from dataclasses import dataclass
from pathlib import Path

from flask import current_app
from flask_babel import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

from volunteers.errors import DomainError

log = logging.getLogger(__name__)

# Formats Pillow must recognise, and what each is stored as: photos become JPEG, PNG (screenshots,
# drawings) stays PNG.
ACCEPTED_FORMATS = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "JPEG", "MPO": "JPEG"}
CONTENT_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png"}
PHOTO_FOLDER = "watch-photos"


@dataclass(frozen=True)
class PhotoLimits:
    max_bytes: int
    max_pixels: int
    max_side: int

    @classmethod
    def of(cls, settings) -> "PhotoLimits":
        return cls(settings.watch_photo_max_bytes, settings.watch_photo_max_pixels, settings.watch_photo_max_side)


@dataclass(frozen=True)
class CleanPhoto:
    data: bytes
    content_type: str
    width: int
    height: int


def _not_a_photo(name: str) -> DomainError:
    return DomainError(_("%(name)s is not a photo we can use: choose a JPEG, PNG or WebP image", name=name), "photos")


def _too_many_pixels(name: str) -> DomainError:
    return DomainError(_("%(name)s has too many pixels: choose a smaller image", name=name), "photos")


def clean_photo(data: bytes, limits: PhotoLimits, name: str = "") -> CleanPhoto:
    """The photo redrawn without any metadata, or a DomainError saying what is wrong with it."""
    name = name or _("The file")
    if len(data) > limits.max_bytes:
        megabytes = limits.max_bytes // (1024 * 1024)
        raise DomainError(_("%(name)s is larger than %(mb)d MB", name=name, mb=megabytes), "photos")
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data)) as probe:
                source_format = probe.format
                width, height = probe.size
                probe.verify()
            if source_format not in ACCEPTED_FORMATS:
                raise _not_a_photo(name)
            if width * height > limits.max_pixels:
                raise _too_many_pixels(name)
            with Image.open(io.BytesIO(data)) as image:
                image.load()
                upright = ImageOps.exif_transpose(image)
                return _redraw(upright, ACCEPTED_FORMATS[source_format], limits.max_side)
        except DomainError:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
            log.info("photo refused: %s", type(error).__name__)
            raise _too_many_pixels(name) from error
        except UnidentifiedImageError as error:
            log.info("photo refused: %s", type(error).__name__)
            raise _not_a_photo(name) from error
        except (OSError, SyntaxError, ValueError, EOFError) as error:  # truncated or corrupt files
            log.info("photo refused: %s", type(error).__name__)
            raise _not_a_photo(name) from error


def _redraw(image: Image.Image, target_format: str, max_side: int) -> CleanPhoto:
    mode = "RGBA" if target_format == "PNG" and image.mode in ("RGBA", "LA", "P") else "RGB"
    pixels = image.convert(mode)
    pixels.thumbnail((max_side, max_side))
    # A new image holds pixels only: nothing of the original's info (EXIF, XMP, ICC, text) comes along.
    clean = Image.new(mode, pixels.size)
    clean.paste(pixels)
    out = io.BytesIO()
    if target_format == "JPEG":
        clean.save(out, "JPEG", quality=85, optimize=True)
    else:
        clean.save(out, "PNG", optimize=True)
    return CleanPhoto(out.getvalue(), CONTENT_TYPES[target_format], clean.width, clean.height)


def photo_folder() -> Path:
    folder = Path(current_app.config["UPLOAD_DIR"]) / PHOTO_FOLDER
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def new_stored_name(content_type: str) -> str:
    return secrets.token_hex(16) + (".png" if content_type == "image/png" else ".jpg")


def path_of(stored_name: str) -> Path:
    """Where a stored photo lives; names are ours (random hex), never a user's."""
    if not stored_name or "/" in stored_name or "\\" in stored_name or stored_name.startswith("."):
        raise ValueError("not a stored photo name")
    return photo_folder() / stored_name


def write(stored_name: str, data: bytes) -> None:
    path = path_of(stored_name)
    with open(path, "xb") as stored:
        stored.write(data)
    path.chmod(0o600)


def remove(stored_name: str) -> None:
    try:
        path_of(stored_name).unlink()
    except FileNotFoundError:
        pass
