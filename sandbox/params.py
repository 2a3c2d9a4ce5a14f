"""Bot API request parameters (query, JSON, urlencoded, multipart) and markup checks."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from sandbox.util import ApiError, bad_request

ACTION_FIELDS = (
    "callback_data",
    "url",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
    "web_app",
)


@dataclass
class Upload:
    """A file part of a multipart request."""

    filename: str | None
    content_type: str | None
    data: bytes


class Params:
    """Typed access to request parameters with Telegram-style errors."""

    def __init__(self, values: dict[str, Any], files: dict[str, Upload]) -> None:
        self.values = values
        self.files = files

    def has(self, name: str) -> bool:
        """Present and not empty."""
        return self.values.get(name) not in (None, "")

    def raw(self, name: str) -> Any:
        """The value as received."""
        return self.values.get(name)

    def get_str(self, name: str, default: str | None = None) -> str | None:
        """A string parameter."""
        value = self.values.get(name)
        if value is None:
            return default
        if isinstance(value, (dict, list)):
            return json.dumps(value)
        return str(value)

    def get_int(self, name: str, default: int | None = None) -> int | None:
        """An integer parameter."""
        value = self.values.get(name)
        if value is None or value == "":
            return default
        if isinstance(value, bool):
            return int(value)
        try:
            return int(value)
        except (TypeError, ValueError):
            try:
                as_float = float(value)
            except (TypeError, ValueError):
                raise bad_request(f"invalid {name} specified") from None
            return int(as_float)

    def get_float(self, name: str, default: float | None = None) -> float | None:
        """A float parameter."""
        value = self.values.get(name)
        if value is None or value == "":
            return default
        try:
            return float(value)
        except (TypeError, ValueError):
            raise bad_request(f"invalid {name} specified") from None

    def get_bool(self, name: str, default: bool = False) -> bool:
        """A boolean parameter ("true"/"1"/true)."""
        value = self.values.get(name)
        if value is None or value == "":
            return default
        if isinstance(value, bool):
            return value
        return str(value).strip().lower() in ("true", "1", "yes", "on")

    def get_json(self, name: str, what: str | None = None) -> Any:
        """A JSON-serialized parameter (already decoded in JSON bodies)."""
        value = self.values.get(name)
        if value is None or value == "":
            return None
        if isinstance(value, str):
            try:
                return json.loads(value)
            except ValueError:
                raise bad_request(f"can't parse {what or name} JSON object") from None
        return value

    def file(self, name: str) -> Upload | str | None:
        """An InputFile: an upload (direct part or attach://) or a file_id/URL string."""
        value = self.values.get(name)
        if isinstance(value, str) and value.startswith("attach://"):
            upload = self.files.get(value[len("attach://") :])
            if upload is None:
                raise bad_request(f"wrong remote file identifier specified: {name}")
            return upload
        if value not in (None, ""):
            return str(value)
        return self.files.get(name)

    def attach(self, ref: str) -> Upload | str:
        """Resolve a media item's 'media' field."""
        if ref.startswith("attach://"):
            upload = self.files.get(ref[len("attach://") :])
            if upload is None:
                raise bad_request("wrong file identifier/HTTP URL specified")
            return upload
        return ref

    def sanitized(self) -> dict[str, Any]:
        """Parameters for the call log (uploads summarized)."""
        out: dict[str, Any] = {}
        for key, value in self.values.items():
            out[key] = value
        for key, up in self.files.items():
            out[key] = {"upload": up.filename, "size": len(up.data)}
        return out


async def read_params(request: web.Request) -> Params:
    """Collect query, JSON, urlencoded and multipart parameters."""
    values: dict[str, Any] = dict(request.query)
    files: dict[str, Upload] = {}
    if request.method != "POST" or not request.can_read_body:
        return Params(values, files)
    ctype = request.content_type
    if ctype == "application/json":
        try:
            body = await request.json()
        except ValueError:
            raise bad_request("can't parse JSON encoded request") from None
        if not isinstance(body, dict):
            raise bad_request("can't parse JSON encoded request")
        values.update(body)
    elif ctype in ("multipart/form-data", "application/x-www-form-urlencoded"):
        try:
            form = await request.post()
        except web.HTTPRequestEntityTooLarge:
            raise ApiError(413, "Request Entity Too Large") from None
        for key, value in form.items():
            if isinstance(value, web.FileField):
                files[key] = Upload(value.filename, value.content_type, value.file.read())
            else:
                values[key] = value
    return Params(values, files)


def _check_inline_button(button: Any) -> dict[str, Any]:
    if not isinstance(button, dict) or not isinstance(button.get("text"), str):
        raise bad_request("can't parse inline keyboard button: Text must be a String")
    if not button["text"]:
        raise bad_request("BUTTON_TEXT_INVALID")
    if not any(k in button for k in ACTION_FIELDS):
        raise bad_request("text buttons are unallowed in the inline keyboard")
    if "callback_data" in button:
        data = button["callback_data"]
        if not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= 64:
            raise bad_request("BUTTON_DATA_INVALID")
    if "url" in button:
        url = button["url"]
        scheme = url.split(":", 1)[0].lower() if isinstance(url, str) else ""
        if scheme not in ("http", "https", "tg", "ton") or "://" not in url:
            raise bad_request(f"inline keyboard button URL '{url}' is invalid: "
                              "Wrong HTTP URL")
    return dict(button)


def _rows(value: Any, kind: str) -> list[list[Any]]:
    if not isinstance(value, list) or not all(isinstance(r, list) for r in value):
        raise bad_request(f"can't parse {kind}: field \"{kind}\" must be an Array of Arrays")
    return value


def check_reply_markup(markup: Any) -> dict[str, Any] | None:
    """Validate reply_markup like Telegram; returns a normalized copy."""
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in markup:
        rows = _rows(markup["inline_keyboard"], "inline_keyboard")
        return {"inline_keyboard": [[_check_inline_button(b) for b in row] for row in rows]}
    if "keyboard" in markup:
        rows = _rows(markup["keyboard"], "keyboard")
        out_rows = []
        for row in rows:
            out_row = []
            for b in row:
                button = {"text": b} if isinstance(b, str) else b
                if not isinstance(button, dict) or not isinstance(button.get("text"), str):
                    raise bad_request("can't parse keyboard button: Text must be a String")
                out_row.append(dict(button))
            out_rows.append(out_row)
        result = {k: v for k, v in markup.items() if k != "keyboard"}
        result["keyboard"] = out_rows
        return result
    if markup.get("remove_keyboard") in (True, "true"):
        return {k: v for k, v in markup.items()}
    if markup.get("force_reply") in (True, "true"):
        return {k: v for k, v in markup.items()}
    raise bad_request("can't parse reply keyboard markup JSON object")
