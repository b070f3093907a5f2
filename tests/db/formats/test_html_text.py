"""HTML snippets <-> plain text, as TimelineJS carries text."""

from db.formats.html_text import html_of, plain_text


def test_plain_text_of_snippets():
    snippet = (
        "<p>Tom &amp; Jerry<script>evil()</script></p><p>a<br>b &lt;c&gt;</p><style>p{}</style>"
    )
    assert plain_text(snippet) == "Tom & Jerry\n\na\nb <c>"


def test_html_of_reads_back_to_the_same_text():
    for text in ("One & two", "First <p>\n\nsecond\nline", "a\nb\n\nc"):
        assert plain_text(html_of(text)) == text
    assert html_of(None) == html_of("") == ""
