"""The HTML pages of the porting reference (the markdown pages' content, side by side in two
columns, trap badges on the lines that meet a trap).  Self-contained: the CSS is inline."""
from html import escape

from nnref.porting.render import (EVIDENCE_SHOWN, GENERATED, SHORT as BADGES, UP, fixture_text,
                                  is_algorithm, spec_sections, summary_line)
from nnref.porting.traps import TRAPS
from nnref.porting.twins import EXTERNAL

STYLE = """
body { font-family: system-ui, sans-serif; margin: 1.5em auto; max-width: 90em; padding: 0 1em;
       color: #222; }
h1 { font-size: 1.45em; } h2 { font-size: 1.15em; margin-top: 2em; border-top: 1px solid #ddd;
       padding-top: 1em; }
table { border-collapse: collapse; font-size: 0.9em; }
th, td { border-bottom: 1px solid #e4e4e4; padding: 0.2em 0.5em; text-align: left;
         vertical-align: top; }
table.side { width: 100%; table-layout: fixed; }
table.side col.code { width: 49%; } table.side col.mark { width: 2%; }
table.side td.mark { text-align: center; color: #17692b; font-weight: 700; }
table.side tr.match td.code { background: #f3faf3; }
pre { margin: 0; white-space: pre-wrap; font-size: 0.85em; }
.badge { display: inline-block; font-size: 0.7em; padding: 0 0.35em; margin-left: 0.3em;
         border-radius: 3px; background: #fff0c2; border: 1px solid #e0c060; }
.generated { color: #666; font-size: 0.85em; }
li { margin: 0.25em 0; }
"""


def page_html(module: str, items: list) -> str:
    pairs = [pair for pair, _, _ in items]
    title = "external twins" if module == EXTERNAL else f"nnref.{module}"
    body = [f"<h1>Porting reference: {escape(title)}</h1>",
            f'<p class="generated">{escape(GENERATED)}</p>',
            f'<p><a href="index.html">Index</a> · SPEC {escape(", ".join(spec_sections(pairs)) or "-")}'
            f" · {len(pairs)} twin pair{'s' * (len(pairs) != 1)}</p>",
            "<table><tr><th>function</th><th>Octave</th><th>traps met</th><th>fixture cases</th></tr>"]
    for pair, traps, _ in items:
        body.append(f'<tr><td><a href="#{pair.name}"><code>{pair.name}</code></a></td>'
                    f"<td><code>{escape(pair.octave_path)}</code></td>"
                    f"<td>{escape(', '.join(BADGES[t] for t in traps) or '-')}</td>"
                    f"<td>{sum(len(i) for i in pair.cases.values())}</td></tr>")
    body.append("</table>")
    met = [t for t in TRAPS if any(t in traps for _, traps, _ in items)]
    if met:
        body.append('<h2 id="porting-traps">Porting traps</h2><ul>')
        body += [f'<li><span class="badge">{BADGES[t]}</span> <strong>{escape(TRAPS[t][0])}'
                 f"</strong>: {escape(TRAPS[t][1])}</li>" for t in met]
        body.append("</ul>")
    for pair, traps, rows in items:
        body += [f'<h2 id="{pair.name}"><code>{pair.name}</code></h2>',
                 f"<p>{escape(summary_line(pair))}</p><ul>"]
        if pair.python:
            link = f"{UP}{pair.python.path}"
            body.append(f"<li>Python: <code>{escape(pair.twin)}</code> in "
                        f'<a href="{escape(link)}">{escape(pair.python.path)}</a>, line '
                        f"{pair.python.def_line}</li>")
        else:
            body.append(f"<li>Python: <code>{escape(pair.twin)}</code> (outside nnref: no source "
                        "shown)</li>")
        body += [f'<li>Octave: <code>nnref.{pair.name}</code> in <a href="{UP}{escape(pair.octave_path)}">'
                 f"{escape(pair.octave_path)}</a></li>",
                 f"<li>Fixture cases: {fixture_text(pair, False)}</li></ul>"]
        if traps:
            body.append('<p><strong>Porting traps met</strong> (<a href="#porting-traps">what '
                        "each is</a>)</p><ul>")
            for trap, evidence in traps.items():
                body.append(f'<li><span class="badge">{BADGES[trap]}</span> '
                            f"<strong>{escape(TRAPS[trap][0])}</strong>: {_evidence_html(evidence)}</li>")
            body.append("</ul>")
        badges = {(e.side, e.line): [] for es in traps.values() for e in es}
        for trap, evidence in traps.items():
            for e in evidence:
                badges[(e.side, e.line)].append(trap)
        if rows:
            body.append('<table class="side"><colgroup><col class="code"><col class="mark">'
                        '<col class="code"></colgroup><tr><th>Python</th><th></th><th>Octave</th></tr>')
            for row in rows:
                body.append(f'<tr class="{"match" if row.corresponds else "gap"}">'
                            f'<td class="code">{_code_html(row.python, "python", badges)}</td>'
                            f'<td class="mark">{"=" if row.corresponds else ""}</td>'
                            f'<td class="code">{_code_html(row.octave, "octave", badges)}</td></tr>')
            body.append("</table>")
        else:
            body.append("<pre>" + escape("\n".join(line for s in pair.octave.statements
                                                   for _, line in s.numbered)) + "</pre>")
    return _document(f"Porting reference: {title}", body)


def _evidence_html(evidence: list) -> str:
    shown = []
    for side in ("python", "octave"):
        mine = [e for e in evidence if e.side == side]
        for e in mine[:EVIDENCE_SHOWN]:
            seen = ", ".join(f"<code>{escape(x)}</code>" for x in e.seen)
            shown.append(f"{side.capitalize()} line {e.line} ({seen}): <code>{escape(e.text)}</code>")
        if len(mine) > EVIDENCE_SHOWN:
            extra = len(mine) - EVIDENCE_SHOWN
            shown.append(f"{extra} more {side.capitalize()} line{'s' * (extra != 1)}")
    return " · ".join(shown)


def _code_html(statement, side: str, badges: dict) -> str:
    if statement is None:
        return ""
    lines = []
    for number, line in statement.numbered:
        marks = "".join(f'<span class="badge">{BADGES[t]}</span>'
                        for t in dict.fromkeys(badges.get((side, number), [])))
        lines.append(f"{number:>3}  {escape(line)}{marks}")
    return "<pre>" + "\n".join(lines) + "</pre>"


def index_html(pages: dict) -> str:
    body = ["<h1>Porting reference</h1>", f'<p class="generated">{escape(GENERATED)}</p>',
            "<p>For each algorithm, the Python function and its Octave twin side by side, "
            "statement against statement, with the porting traps each meets and the fixture "
            "cases that hold both to the same numbers. Traps looked for:</p><ul>"]
    body += [f'<li><span class="badge">{BADGES[t]}</span> <strong>{escape(title)}</strong>: '
             f"{escape(text)}</li>" for t, (title, text) in TRAPS.items()]
    body.append("</ul>")
    for heading, algorithmic in (("Algorithms", True), ("Support functions", False)):
        body += [f"<h2>{heading}</h2>", "<table><tr><th>page</th><th>SPEC</th><th>twin pairs"
                 "</th><th>traps met</th><th>fixture cases</th></tr>"]
        for module, items in pages.items():
            if is_algorithm(module) != algorithmic:
                continue
            pairs = [p for p, _, _ in items]
            met = sorted({t for _, traps, _ in items for t in traps}, key=list(TRAPS).index)
            body.append(f'<tr><td><a href="{module}.html">{escape(module)}</a></td>'
                        f"<td>{escape(', '.join(spec_sections(pairs)) or '-')}</td>"
                        f"<td>{len(pairs)}</td><td>{escape(', '.join(BADGES[t] for t in met) or '-')}"
                        f"</td><td>{sum(len(i) for p in pairs for i in p.cases.values())}</td></tr>")
        body.append("</table>")
    return _document("Porting reference", body)


def _document(title: str, body: list) -> str:
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{escape(title)}</title><style>{STYLE}</style></head>\n<body>\n"
            + "\n".join(body) + "\n</body></html>\n")
