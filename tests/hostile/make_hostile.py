#!/usr/bin/env python3
"""Writes the hostile inputs quotesrc must survive (tests/cli/hostile.sh, and the seeds of
the fuzz targets): entities pointing at a secret file, entity bombs, 10,000-deep nesting,
zip bombs and '..' paths in drafts, broken UTF-8 in every field, NULs, CR line ends,
right-to-left marks, garbage policies.

    make_hostile.py [--no-bomb] OUTDIR

--no-bomb leaves out the zip bomb (300 MiB unpacked), too slow an input for a fuzzer.
Every entity reaches for OUTDIR/secret.txt, whose marker must never reach a report.
"""
import os
import sys
import zipfile

MARKER = "QS-SECRET-MARKER-7f3a"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
QUOTE = '"We will win," said Jo Smith.'


def write(out, name, data):
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(os.path.join(out, name), mode, **({} if mode == "wb" else {"encoding": "utf-8", "newline": ""})) as f:
        f.write(data)


def docx(path, document_xml, extra=()):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in extra:
            z.writestr(name, data)
        if document_xml is not None:
            z.writestr("word/document.xml", document_xml)


def word(paragraphs):
    runs = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    return f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{runs}</w:body></w:document>'


def entities(out):
    secret = os.path.join(out, "secret.txt")
    write(out, "secret.txt", MARKER + "\n")
    write(out, "secret.dtd", f'<!ENTITY x "{MARKER}">\n<!ENTITY % leak "{MARKER}">\n')
    dtd = os.path.join(out, "secret.dtd")
    write(out, "xxe-system.xml", f'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}">]>\n'
          f'<r><p>"We will win &x;," said Jo Smith.</p></r>\n')
    write(out, "xxe-parameter.xml", f'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY % p SYSTEM "file://{dtd}"> %p;]>\n'
          f'<r><p>"We will win &x;," said Jo Smith.</p></r>\n')
    # no declaration in the file: only loading the external DTD would define &x;
    write(out, "xxe-external-dtd.xml", f'<?xml version="1.0"?>\n<!DOCTYPE r SYSTEM "file://{dtd}">\n'
          f'<r><p>"We will win &x;," said Jo Smith.</p></r>\n')
    write(out, "xxe-http.xml", '<?xml version="1.0"?>\n<!DOCTYPE r SYSTEM "http://127.0.0.1:9/x.dtd">\n'
          '<r><p>"We will win &x;," said Jo Smith.</p></r>\n')
    write(out, "xinclude.xml", '<?xml version="1.0"?>\n<r xmlns:xi="http://www.w3.org/2001/XInclude">'
          f'<p>"We will win," said Jo Smith.</p><xi:include href="file://{secret}" parse="text"/></r>\n')
    # UTF-16: the declarations are invisible to a byte search for "<!ENTITY"
    utf16 = f'<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}">]>\n' \
            f'<r><p>"We will win &x;," said Jo Smith.</p></r>\n'
    write(out, "xxe-utf16.xml", utf16.encode("utf-16"))
    write(out, "xxe.html", f'<!DOCTYPE html [<!ENTITY x SYSTEM "file://{secret}">]>\n<html><body>'
          f'<p>"We will win &x;," said Jo Smith.</p></body></html>\n')
    docx(os.path.join(out, "xxe.docx"),
         f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file://{secret}">]>'
         f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>"We will win &x;," said Jo Smith.</w:t></w:r></w:p></w:body></w:document>')


def bombs(out):
    lol = ['<!ENTITY lol "lol">'] + [f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)]
    laughs = '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n' + "\n".join(lol) + ']>\n<lolz><p>&lol9; said Jo Smith.</p></lolz>\n'
    write(out, "billion-laughs.xml", laughs)
    write(out, "billion-laughs-utf16.xml", laughs.replace('version="1.0"', 'version="1.0" encoding="UTF-16"').encode("utf-16"))
    write(out, "quadratic.xml", '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY a "' + "a" * 50000 + '">]>\n<r><p>'
          + "&a;" * 20000 + "</p></r>\n")
    docx(os.path.join(out, "billion-laughs.docx"), laughs)


def nesting(out):
    depth = 10000
    write(out, "deep.html", "<html><body>" + "<div>" * depth + f"<p>{QUOTE}</p>" + "</div>" * depth + "</body></html>\n")
    write(out, "deep-unclosed.html", "<html><body><p>" + "<b><i>" * depth + QUOTE + "\n")
    write(out, "deep.xml", '<?xml version="1.0"?>\n' + "<a>" * depth + f"<p>{QUOTE}</p>" + "</a>" * depth + "\n")
    docx(os.path.join(out, "deep.docx"), f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body>'
         + "<w:sdt>" * depth + f"<w:p><w:r><w:t>{QUOTE}</w:t></w:r></w:p>" + "</w:sdt>" * depth + "</w:body></w:document>")


def zips(out, bomb):
    # '..' and absolute member names: never written anywhere, and not mistaken for the body
    docx(os.path.join(out, "zip-slip.docx"), word([QUOTE]),
         [("../../../../tmp/qs-zip-slip.txt", MARKER), ("/tmp/qs-zip-slip-abs.txt", MARKER),
          ("word/../../qs-zip-slip-up.txt", MARKER)])
    docx(os.path.join(out, "zip-slip-member.docx"), None, [("../word/document.xml", word([QUOTE]))])
    if bomb:
        # 300 MiB of white space inside one paragraph, a few hundred KiB packed
        with zipfile.ZipFile(os.path.join(out, "zip-bomb.docx"), "w", zipfile.ZIP_DEFLATED) as z:
            with z.open("word/document.xml", "w", force_zip64=True) as f:
                f.write(f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>'.encode())
                chunk = b" " * (1 << 20)
                for _ in range(300):
                    f.write(chunk)
                f.write(f"{QUOTE}</w:t></w:r></w:p></w:body></w:document>".encode())


def encodings(out):
    bad = {
        "stray": b"\xff",
        "truncated": b"\xc3",
        "overlong-slash": b"\xc0\xaf",
        "overlong-3": b"\xe0\x80\xaf",
        "overlong-nul": b"\xc0\x80",
        "surrogate": b"\xed\xa0\x80",
        "beyond-10ffff": b"\xf4\x90\x80\x80",
        "five-byte": b"\xf8\x88\x80\x80\x80",
    }
    text = b"".join(b'"We will ' + v + b' win," said Jo Smith.\n\n' for v in bad.values())
    write(out, "invalid-utf8.txt", text)
    write(out, "invalid-utf8.jsonl",
          b'{"id": "id-\xff-\xc0\xaf", "text": "\\"We will \xed\xa0\x80 win,\\" said Jo Smith."}\n'
          b'{"id": "ok", "text": "\\"We will win,\\" said Jo Smith."}\n')
    write(out, "surrogates.jsonl",
          '{"id": "\\ud800", "text": "\\"We will \\ud800 win \\udfff,\\" said Jo Smith."}\n'
          '{"id": "pair", "text": "\\"We will \\ud83d\\ude00 win,\\" said Jo Smith."}\n'
          '{"id": "reversed", "text": "\\"We will \\ude00\\ud83d win,\\" said Jo Smith."}\n')
    write(out, "invalid-utf8.html",
          b'<html><head><meta charset="utf-8"><title>Head \xff line</title>'
          b'<meta name="author" content="Jo \xc0\xaf Smith"><meta property="og:title" content="T\xed\xa0\x80">'
          b'</head><body><p>"We will \xf8\x88\x80\x80\x80 win," said Jo Smith.</p></body></html>\n')
    write(out, "charrefs.html", '<html><body><p>"We will &#0; &#xD800; &#x110000; &#xFFFE; win," said Jo Smith.</p></body></html>\n')
    write(out, "invalid-utf8.xml", b'<?xml version="1.0" encoding="UTF-8"?>\n<r><p>"We will \xff win," said Jo Smith.</p></r>\n')
    write(out, "charrefs.xml", '<?xml version="1.0"?>\n<r><p>"We will &#xD800; win," said Jo Smith.</p></r>\n')
    docx(os.path.join(out, "invalid-utf8.docx"),
         word(["x"]).replace("<w:t>x</w:t>", '<w:t>"We will \udcff win," said Jo Smith.</w:t>').encode("utf-8", "surrogateescape"))
    write(out, "nul.txt", b'"We will win," said Jo Smith.\n\x00\n"Again," said Jo Smith.\n')
    write(out, "nul.jsonl", b'{"id": "raw", "text": "a\x00b"}\n{"id": "escaped", "text": "\\"a\\u0000b,\\" said Jo."}\n'
          b'{"id": "ok", "text": "\\"We will win,\\" said Jo Smith."}\n')
    write(out, "nul.html", b'<html><body><p>"We will \x00 win," said Jo Smith.</p></body></html>\n')


def line_ends(out):
    body = ["Harbour talks", "", 'The strike went on. "We will win," said Jo Smith.', "",
            'Officials disagreed. "It is over," said Ann Lee.']
    write(out, "crlf.txt", "\r\n".join(body) + "\r\n")
    write(out, "cr.txt", "\r".join(body) + "\r")
    write(out, "crlf.html", "<html>\r\n<body>\r\n<p>The strike went on.\r\n\"We will win,\" said Jo Smith.</p>\r\n"
          "<p>Officials disagreed. \"It is over,\" said Ann Lee.</p>\r\n</body>\r\n</html>\r\n")
    write(out, "cr.html", "<html>\r<body>\r<p>The strike went on.\r\"We will win,\" said Jo Smith.</p>\r"
          "<p>Officials disagreed. \"It is over,\" said Ann Lee.</p>\r</body>\r</html>\r")
    write(out, "cr.xml", '<?xml version="1.0"?>\r<r>\r<p>The strike went on.\r"We will win," said Jo Smith.</p>\r'
          '<p>Officials disagreed. "It is over," said Ann Lee.</p>\r</r>\r')


def bidi(out):
    # marks and overrides inside and around the quote, and right-to-left text before it
    write(out, "rtl.txt", "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627\n\n"
          "\u200f\u202e\"We will win,\u202c\" said \u200eJo Smith\u200f. \u2067\u05e9\u05dc\u05d5\u05dd\u2069 "
          "\"It is over,\" said Ann Lee.\n")


def policies(out):
    write(out, "garbage-binary.ini", bytes(range(256)) * 4)
    write(out, "garbage-text.ini", "this is not\nan ini file = at all\n[[[\n")
    write(out, "garbage-utf8.ini", b"[rules]\nloaded-verb = \xff\xfe\n")
    write(out, "garbage-key.ini", b"[rules]\n\xc0\xaf = off\n")
    write(out, "garbage-huge.ini", "[words]\nloaded-verbs = " + "claimed;" * 200000 + "\n")
    write(out, "garbage-numbers.ini", "[thresholds]\nmin-named-sources = 99999999999999999999\nmax-anonymous-share = nan\n")


def main():
    args = sys.argv[1:]
    bomb = "--no-bomb" not in args
    out = [a for a in args if a != "--no-bomb"][0]
    os.makedirs(out, exist_ok=True)
    for part in (entities, bombs, nesting, encodings, line_ends, bidi, policies):
        part(out)
    zips(out, bomb)


if __name__ == "__main__":
    main()
