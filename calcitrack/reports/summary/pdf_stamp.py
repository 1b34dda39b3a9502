"""Put the chart PDF's pages onto the summary's pages, as vector graphics, and set the document
information.

Each chart page becomes a Form XObject of the summary page it is placed on, drawn by a short
``q … cm /Name Do Q`` appended to that page's content. Nothing is parsed: the chart's content
stream is copied as it is (still compressed), its fonts and resources are copied once however
many pages use them, and the summary page's own content is wrapped in ``q … Q`` so that no
graphics state leaks into the chart. The chart PDF is read once.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from datetime import datetime
from typing import TypeVar, cast

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    PdfObject,
    StreamObject,
)

from calcitrack.reports.summary.pdf_charts import Placement

_Pdf = TypeVar("_Pdf", bound=PdfObject)


def pdf_date(moment: datetime) -> str:
    """ "D:20260914150200+02'00'": a PDF date string in the moment's own zone."""
    text = moment.strftime("D:%Y%m%d%H%M%S")
    offset = moment.utcoffset()
    if offset is None:
        return text
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{text}{sign}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'"


def _resolved(value: PdfObject | None, kind: type[_Pdf]) -> _Pdf:
    """``value`` (a reference followed) as the ``kind`` of object the PDF format says it is."""
    found = None if value is None else value.get_object()
    if not isinstance(found, kind):
        raise ValueError(f"expected a PDF {kind.__name__}, found {type(found).__name__}")
    return found


def _content(value: PdfObject | None) -> StreamObject | ArrayObject:
    """A page's /Contents: one stream, or an array of them."""
    found = None if value is None else value.get_object()
    if isinstance(found, ArrayObject):
        return found
    return _resolved(found, StreamObject)


def _form(writer: PdfWriter, chart: PageObject) -> StreamObject:
    """The chart page as a Form XObject owned by ``writer`` (content copied, not decoded)."""
    contents = _content(chart["/Contents"])
    if isinstance(contents, ArrayObject):  # several streams: join them (rare for matplotlib)
        joined = b"\n".join(_resolved(part, StreamObject).get_data() for part in contents)
        form: StreamObject = StreamObject()
        form.set_data(joined)
        form = form.flate_encode()
        writer._add_object(form)
    else:
        # a clone keeps its class (a stream stays a stream); pypdf annotates DictionaryObject
        form = cast(StreamObject, contents.clone(writer, force_duplicate=True))
    box = _resolved(chart["/MediaBox"], ArrayObject)
    form.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/FormType"): NumberObject(1),
            NameObject("/BBox"): ArrayObject(FloatObject(float(v)) for v in box),
            NameObject("/Resources"): chart["/Resources"].clone(writer),
        }
    )
    return form


def stamp_charts(
    document: bytes,
    charts: bytes | None,
    placements: Mapping[int, Placement],
    info: Mapping[str, str],
    moment: datetime,
) -> bytes:
    """``document`` with chart page ``i`` drawn at ``placements[i]``, and its information
    dictionary set to ``info`` with both dates at ``moment``."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(document)))
    if charts is not None and placements:
        chart_pages = PdfReader(io.BytesIO(charts)).pages
        drawn: dict[int, list[bytes]] = {}
        for index, where in sorted(placements.items()):
            chart = chart_pages[index]
            form = _form(writer, chart)
            page = writer.pages[where.page - 1]
            resources = _resolved(page[NameObject("/Resources")], DictionaryObject)
            xobjects = resources.setdefault(NameObject("/XObject"), DictionaryObject())
            xobjects = _resolved(xobjects, DictionaryObject)
            name = NameObject(f"/CalciTrackChart{index}")
            xobjects[name] = form.indirect_reference
            width = float(chart.mediabox.width)
            scale = where.width / width if width else 1.0
            drawn.setdefault(where.page, []).append(
                f"q {scale:.6f} 0 0 {scale:.6f} {where.x:.3f} {where.y:.3f} cm {name} Do Q".encode()
            )
        for number, commands in drawn.items():
            page = writer.pages[number - 1]
            content = _content(page[NameObject("/Contents")])
            original = (
                b"\n".join(_resolved(p, StreamObject).get_data() for p in content)
                if isinstance(content, ArrayObject)
                else content.get_data()
            )
            stream = StreamObject()
            stream.set_data(b"q\n" + original + b"\nQ\n" + b"\n".join(commands) + b"\n")
            page[NameObject("/Contents")] = writer._add_object(stream.flate_encode())
    stamp = pdf_date(moment)
    writer.add_metadata({**info, "/CreationDate": stamp, "/ModDate": stamp})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
