#!/usr/bin/env python3
"""Writes the seed article (corpus/iwpr-imu.txt) as the files a newsroom has: a web page
with navigation, scripts, a cookie banner and a footer around it, a NITF XML file, a
.docx and an .odt draft; and the broken and hostile files the loaders must refuse.

    make_fixtures.py ARTICLE.txt OUTDIR
"""
import html
import os
import sys
import zipfile


def paragraphs(path):
    return [p.strip() for p in open(path, encoding="utf-8").read().split("\n\n") if p.strip()]


def esc(text):
    return html.escape(text, quote=False)  # quotation marks stay as written


def write_html(paras, out):
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paras[1:])
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(paras[0])} | IWPR</title>
<meta property="og:title" content="{html.escape(paras[0])}">
<meta name="author" content="Galima Bukharbaeva">
<meta property="article:published_time" content="2002-06-14">
<script>window.dataLayer = [];function track(x) {{ console.log(x); }}</script>
<style>body {{ font-family: serif; }}</style>
</head>
<body>
<header><a href="/">IWPR</a> <nav><ul><li><a href="/asia">Asia</a></li><li><a href="/news">News said today</a></li></ul></nav></header>
<div id="cookie-banner" class="cookie">We use cookies, our lawyers said. <button>Accept</button></div>
<!-- a comment that "said" nothing -->
<main>
<article>
<h1>{esc(paras[0])}</h1>
{body}
</article>
<aside><h2>Related</h2><p>"Read more about Central Asia," the editors said.</p></aside>
</main>
<footer><p>Copyright IWPR. All rights reserved, the lawyers said.</p></footer>
<script>track("page");</script>
</body>
</html>
"""
    open(os.path.join(out, "seed.html"), "w", encoding="utf-8").write(page)


def write_nitf(paras, out):
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paras[1:])
    doc = f"""<?xml version="1.0" encoding="UTF-8"?>
<nitf>
<head><title>{esc(paras[0])}</title></head>
<body>
<body.head><hedline><hl1>{esc(paras[0])}</hl1></hedline></body.head>
<body.content>
{body}
</body.content>
</body>
</nitf>
"""
    open(os.path.join(out, "seed.nitf.xml"), "w", encoding="utf-8").write(doc)


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def write_docx(paras, path):
    runs = "".join(f'<w:p><w:r><w:t xml:space="preserve">{esc(p)}</w:t></w:r></w:p>' for p in paras)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml",
                   f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{runs}'
                   '<w:p><w:r><w:delText>"Deleted words," a reviewer said.</w:delText></w:r></w:p></w:body></w:document>')


def write_odt(paras, path):
    body = "".join(f"<text:p>{esc(p)}</text:p>" for p in paras)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        z.writestr("content.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
                   'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                   'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
                   f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")


def write_hostile(out):
    bad = os.path.join(out, "bad")
    os.makedirs(bad, exist_ok=True)
    open(os.path.join(bad, "tags-only.html"), "w").write("<html><body><div><span></span></div><script>x()</script></body></html>")
    open(os.path.join(bad, "tangled.html"), "w").write('<html><body><p>"We will <b>win," said <i>Jo Smith</b>, a baker.<p>Unclosed')
    nitf = open(os.path.join(out, "seed.nitf.xml"), encoding="utf-8").read()
    open(os.path.join(bad, "truncated.xml"), "w").write(nitf[: len(nitf) // 2])
    open(os.path.join(bad, "xxe.xml"), "w").write(
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r><p>&x; said Jo.</p></r>')
    open(os.path.join(bad, "bomb.xml"), "w").write(
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><r><p>&c; said Jo.</p></r>')
    with zipfile.ZipFile(os.path.join(bad, "not-a-docx.docx"), "w") as z:
        z.writestr("readme.txt", "a zip, but no word/document.xml")
    open(os.path.join(bad, "encrypted.docx"), "wb").write(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    open(os.path.join(bad, "empty.docx"), "wb").close()


def main():
    paras = paragraphs(sys.argv[1])
    out = sys.argv[2]
    os.makedirs(out, exist_ok=True)
    write_html(paras, out)
    write_nitf(paras, out)
    write_docx(paras, os.path.join(out, "seed.docx"))
    write_odt(paras, os.path.join(out, "seed.odt"))
    write_hostile(out)


if __name__ == "__main__":
    main()
