"""HTML subset parser: plain text, UTF-16 entity offsets, strict errors."""

from __future__ import annotations

import pytest

from sandbox.entities import command_entities, parse_html, slice_utf16
from sandbox.util import ApiError, utf16_len


def test_offsets_are_utf16_with_emoji_and_cjk() -> None:
    text, ents = parse_html("😀 <b>報修</b> 🏠<i>x</i>")
    assert text == "😀 報修 🏠x"
    bold, italic = ents
    assert bold == {"type": "bold", "offset": 3, "length": 2}
    assert italic == {"type": "italic", "offset": 8, "length": 1}
    assert slice_utf16(text, bold["offset"], bold["length"]) == "報修"
    assert slice_utf16(text, italic["offset"], italic["length"]) == "x"
    assert utf16_len(text) == 9


def test_all_supported_tags() -> None:
    src = (
        '<b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><ins>n</ins><s>s</s>'
        '<strike>k</strike><del>d</del><span class="tg-spoiler">p</span>'
        '<tg-spoiler>q</tg-spoiler><a href="https://e.x/?a=1&amp;b=2">l</a><code>c</code>'
        '<pre><code class="language-python">x = 1</code></pre><pre>raw</pre>'
        '<blockquote>q</blockquote><blockquote expandable>w</blockquote>'
        '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>'
    )
    text, ents = parse_html(src)
    assert text == "bsieunskdpqlcx = 1rawqw👍"
    kinds = [e["type"] for e in ents]
    assert kinds == [
        "bold", "bold", "italic", "italic", "underline", "underline", "strikethrough",
        "strikethrough", "strikethrough", "spoiler", "spoiler", "text_link", "code", "pre",
        "pre", "blockquote", "expandable_blockquote", "custom_emoji",
    ]
    link = ents[11]
    assert link["url"] == "https://e.x/?a=1&b=2"
    assert ents[13]["language"] == "python"
    assert "language" not in ents[14]
    assert ents[17]["custom_emoji_id"] == "5368324170671202286"


def test_character_entities_and_nesting() -> None:
    text, ents = parse_html("<b>a <i>&lt;b&gt; &amp; &quot;</i></b>&#33;&#x1F600;")
    assert text == 'a <b> & "!😀'
    assert ents == [
        {"type": "bold", "offset": 0, "length": 9},
        {"type": "italic", "offset": 2, "length": 7},
    ]


def test_empty_entities_are_dropped_and_newlines_kept() -> None:
    text, ents = parse_html("<b></b>line1\n<i>line2</i>")
    assert text == "line1\nline2"
    assert ents == [{"type": "italic", "offset": 6, "length": 5}]


@pytest.mark.parametrize(
    ("src", "reason"),
    [
        ("<b>x", 'Can\'t find end tag corresponding to start tag "b"'),
        ("a < b", 'Unsupported start tag "" at byte offset 2'),
        ("a & b", "Character entity expected at byte offset 2"),
        ("x<br>y", 'Unsupported start tag "br" at byte offset 1'),
        ("<b><i>x</b></i>", 'Unmatched end tag at byte offset 7, expected "</i>", found "</b>"'),
        ("x</b>", 'Unexpected end tag "b" at byte offset 1'),
        ('<span class="x">y</span>', 'Unsupported start tag "span"'),
        ("&nbsp;", 'Unsupported HTML entity "&nbsp;"'),
        ("<b", "Unclosed start tag"),
    ],
)
def test_bad_html_is_rejected(src: str, reason: str) -> None:
    with pytest.raises(ApiError) as info:
        parse_html(src)
    assert info.value.code == 400
    assert info.value.description.startswith("Bad Request: can't parse entities: ")
    assert reason in info.value.description


def test_byte_offsets_count_utf8() -> None:
    with pytest.raises(ApiError) as info:
        parse_html("報修 < x")
    assert "byte offset 7" in info.value.description


def test_command_entities() -> None:
    assert command_entities("/start") == [{"type": "bot_command", "offset": 0, "length": 6}]
    assert command_entities("/repair@propdesk_bot now") == [
        {"type": "bot_command", "offset": 0, "length": 20}
    ]
    assert command_entities("hello /start") == []
    assert command_entities("/") == []
