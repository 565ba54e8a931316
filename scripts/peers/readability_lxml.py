#!/usr/bin/env python3
"""Runs readability-lxml (Debian python3-readability) over pages for `storyline eval extraction`.

Reads one path of a page (.html or .html.gz) per line on stdin; writes one JSON line per page on
stdout: {"file": path, "text": extracted text or null, "seconds": CPU time spent extracting}. Only the
extraction is timed, in process CPU time (wall time on a shared machine measures the neighbours), (Document(...).summary() and turning its HTML into text), not reading the file,
so that pages/s compares the extractors and not the runners. One page per line, one process, one core.
"""
import gzip
import json
import logging
import sys
import time

import lxml.html
from readability import Document

logging.disable(logging.CRITICAL)

BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "br", "section", "article"}


def text_of(summary_html):
    """The summary's text with a line break after each block, as a reader would see it."""
    root = lxml.html.fromstring(summary_html)
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag in BLOCKS:
            el.tail = "\n" + (el.tail or "")
    return root.text_content().strip()


def main():
    for line in sys.stdin:
        path = line.rstrip("\n")
        if not path:
            continue
        with open(path, "rb") as f:
            raw = f.read()
        if path.endswith(".gz"):
            raw = gzip.decompress(raw)
        start = time.process_time()
        try:
            text = text_of(Document(raw).summary(html_partial=True))
        except Exception:  # a page the peer cannot handle scores as empty output, like trafilatura's eval does
            text = None
        seconds = time.process_time() - start
        sys.stdout.write(json.dumps({"file": path, "text": text, "seconds": seconds}) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
