"""report.html: one self-contained page (no file or network fetch) with every table and every
figure of a Report, the PNGs embedded as data: URIs.

A small inline script runs on load and records on <body> what the browser made of the page:
data-images (number of <img>), data-images-decoded (those with naturalWidth > 0) and
data-ready="1".  tests/test_report_browser.py reads them from Chromium's rendered DOM.
"""
import base64
from html import escape

from nnref.report.model import Report

STYLE = """
body { font-family: system-ui, sans-serif; margin: 1.5em auto; max-width: 70em; padding: 0 1em;
       color: #222; }
h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 1.8em; }
.status { padding: 0.4em 0.8em; border-radius: 4px; display: inline-block; font-weight: 600; }
.status.ok { background: #e3f4e3; } .status.wrong { background: #fbe3e3; }
.options { color: #555; font-size: 0.9em; }
nav ul { columns: 2; font-size: 0.9em; }
.scroll { max-height: 32em; overflow: auto; border: 1px solid #ddd; }
table { border-collapse: collapse; font-size: 0.85em; }
th, td { border-bottom: 1px solid #e4e4e4; padding: 0.2em 0.6em; text-align: left;
         vertical-align: top; }
th { background: #f4f4f4; position: sticky; top: 0; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.yes { color: #17692b; } td.no { color: #b00020; font-weight: 600; }
figure { margin: 0.5em 0; } figure img { max-width: 100%; border: 1px solid #ddd; }
figcaption { color: #555; font-size: 0.9em; }
"""

SCRIPT = """
window.addEventListener('load', function () {
  var images = Array.prototype.slice.call(document.images);
  images.forEach(function (img) { img.setAttribute('data-natural-width', img.naturalWidth); });
  document.body.setAttribute('data-images', images.length);
  document.body.setAttribute('data-images-decoded',
    images.filter(function (img) { return img.complete && img.naturalWidth > 0; }).length);
  document.body.setAttribute('data-ready', '1');
});
"""


def render_html(report: Report) -> str:
    from nnref.report.write import cell_text
    toc = [f'<li><a href="#{_id("t", i, t.slug)}">{escape(t.title)}</a></li>'
           for i, t in enumerate(report.tables)]
    toc += [f'<li><a href="#{_id("f", i, f.slug)}">{escape(f.title)}</a></li>'
            for i, f in enumerate(report.figures)]
    body = [f"<h1>{escape(report.title)}</h1>",
            f'<p class="status {"ok" if report.ok else "wrong"}">{escape(report.status)}</p>']
    if report.options:
        body.append('<p class="options">' + "; ".join(
            f"<code>{escape(str(k))}</code>: {escape(cell_text(v))}"
            for k, v in report.options.items()) + "</p>")
    body.append(f"<nav><ul>{''.join(toc)}</ul></nav>")
    for i, table in enumerate(report.tables):
        body.append(f'<section class="report-table" id="{_id("t", i, table.slug)}">'
                    f'<h2 class="table-title">{escape(table.title)}</h2>'
                    + (f"<p>{escape(table.note)}</p>" if table.note else "")
                    + f'<div class="scroll">{_table_html(table.frame)}</div></section>')
    for i, figure in enumerate(report.figures):
        data = base64.b64encode(figure.png).decode("ascii")
        body.append(f'<section class="report-figure" id="{_id("f", i, figure.slug)}">'
                    f'<h2 class="figure-title">{escape(figure.title)}</h2><figure>'
                    f'<img alt="{escape(figure.title)}" src="data:image/png;base64,{data}">'
                    + (f"<figcaption>{escape(figure.caption)}</figcaption>" if figure.caption
                       else "") + "</figure></section>")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{escape(report.title)}</title><style>{STYLE}</style></head>\n"
            f'<body data-command="{escape(report.command)}" data-tables="{len(report.tables)}" '
            f'data-figures="{len(report.figures)}">\n' + "\n".join(body)
            + f"\n<script>{SCRIPT}</script>\n</body></html>\n")


def _id(kind: str, index: int, slug: str) -> str:
    return f"{kind}{index}-{slug}"


def _table_html(frame) -> str:
    from nnref.report.write import cell_text, plain
    if frame.empty:
        return "<p>(none)</p>"
    head = "".join(f"<th>{escape(str(c))}</th>" for c in frame.columns)
    rows = []
    for row in frame.itertuples(index=False):
        cells = []
        for value in row:
            value = plain(value)
            css = ("yes" if value else "no") if isinstance(value, bool) else \
                "num" if isinstance(value, (int, float)) else ""
            cells.append(f'<td class="{css}">' if css else "<td>")
            cells[-1] += escape(cell_text(value)) + "</td>"
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
