"""Extractors of the product, packing and quality terms: material, size, weight, capacity, colour,
finish, certificates, logo, packing, inspection, warranty.

Registered by name in the field registry (pipeline/data/fields.toml `extractor`); see
pipeline/extract/segment.py for what an extractor reads and returns.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from pipeline.extract import normalize as n
from pipeline.extract.lexicon import (
    DENIER_FAMILIES,
    cue,
    cue_regex,
    has_better,
    lowest_rank,
    material_info,
    material_qualifiers,
)
from pipeline.extract.segment import Found, Segment

# Cue words that tell what an unlabelled number is about (models/lexicon/cues.toml).
CARTON_CUE = cue("carton")
MATERIAL_CUE = cue("material")
COLOR_CUE = cue("color")
WEIGHT_NOISE = cue("weight_noise")
CARTON_WEIGHT = cue("carton_weight")
WEIGHT_CUE = cue("weight")
_PER_PIECE = cue("per_piece")
OZ_CAPACITY_CUE = cue("oz_capacity")


_COMPANY_AFTER = re.compile(
    r"^[\w\s&.,'-]{0,40}?\b(?:co\.|co\s*,?\s*(?:ltd|limited)|company|ltd|limited|corp|corporation|inc\b|gmbh|llc|"
    r"factory|industr(?:y|ial|ies)|manufactur\w*|trading|enterprise)|^[\u4e00-\u9fff]{0,8}(?:有限公司|公司|厂|工厂)",
    re.IGNORECASE,
)


def in_company_name(seg: Segment, span: Span) -> bool:
    """'Shenzhen Jiahe Silicone Products Co., Ltd.': a material word in a name is no material."""
    return _COMPANY_AFTER.match(seg.text[span.end_char : span.end_char + 48]) is not None


def _needs_cue(span: Span) -> bool:
    text = span.text
    return (
        text.isdigit()
        or (len(text) <= 3 and text.isascii())
        or (len(text) == 1 and not text.isascii())
    )


_DENIER_RE = re.compile(r"(?<![\w.])(\d{2,4})\s*D(?![A-Za-z])")
_GSM_RE = re.compile(
    r"(?<![\w.])(\d{2,4})\s*(?:gsm|g/m2|g/m²|g/㎡)|克重\s*(\d{2,4})(?![A-Za-z])", re.IGNORECASE
)


def _adjacent(seg: Segment, match: re.Match[str], span: Span) -> bool:
    start = match.start() + seg.value_start
    end = match.end() + seg.value_start
    gap = (
        seg.text[end : span.start_char]
        if end <= span.start_char
        else seg.text[span.end_char : start]
    )
    return len(gap) <= 3 and gap.strip(" -") == ""


def _names_the_product(seg: Segment, span: Span) -> bool:
    """'Silicone baking mat ...': the family word that opens a product name states no grade.

    Only the lowest grade of a family that has better ones counts (SILICONE, STAINLESS_STEEL);
    '201 stainless steel bottle' or 'PP box' still state their material.
    """
    start = seg.text[seg.value_start : span.start_char]
    if re.sub(r"^[\s\d.)(#-]*(?:[A-Z]{1,6}-?\d{2,6}\S*)?\s*", "", start):
        return False
    info = material_info(span.id_)
    return info is not None and info.rank == lowest_rank(info.family) and has_better(info.family)


# After a material word, these name a trim or an accessory made of it, not the product's body.
_TRIM_AFTER = cue_regex("trim_after")
# What may sit between a material word and the grade written after it: "silicone rubber, food grade".
# "silicone body (standard grade)": a part word may sit between them too.
_BEFORE_QUALIFIER = re.compile(
    r"[\s,;:()\-–/]*(?:rubber[\s,;:()\-–/]*)?(?:(?:body|material|part|cup|sleeve)[\s,;:()\-–/]*)?",
    re.I,
)


def _qualified(seg: Segment, span: Span) -> str:
    """The grade a qualifier right after (or before) a bare material word gives it:
    'silicone, non food grade' -> SILICONE_STANDARD, 'general-grade silicone' -> SILICONE_STANDARD."""
    qualifiers = material_qualifiers().get(span.id_, ())
    if not qualifiers:
        return span.id_
    after = seg.text[span.end_char : span.end_char + 48]
    after = after[_BEFORE_QUALIFIER.match(after).end() :].lower().replace("-", " ")  # type: ignore[union-attr]
    before = seg.text[max(0, span.start_char - 24) : span.start_char].lower().rstrip(" ,(-–")
    before = before.replace("-", " ")
    for qualifier, grade in qualifiers:
        qualifier = qualifier.replace("-", " ")
        if after.startswith(qualifier) and not re.match(r"\w", after[len(qualifier) :][:1]):
            return grade
        if before.endswith(qualifier) and not re.search(r"\w$", before[: -len(qualifier)][-1:]):
            return grade
    return span.id_


def extract_material(seg: Segment) -> list[Found]:
    """Material grades from the lexicon: 'SS304' = '304 stainless' = '18/8' = '不锈钢304';
    '600D polyester' -> POLYESTER_600D; 'cotton 500gsm' -> COTTON_500GSM."""
    labelled = seg.labelled("material")
    cued = labelled or seg.cue(MATERIAL_CUE)
    codes: list[tuple[str, str]] = []
    spans: list[Span] = []
    describes = seg.label == "description" or (seg.item is not None and seg.context == "line")
    denier = _DENIER_RE.search(seg.value)
    gsm = _GSM_RE.search(seg.value)
    named = False  # a material word is there, cued or not: a lone denier is then no polyester
    for span in seg.spans("material"):
        named = True
        # "500D PVC tarpaulin": a denier or weight right before a short code is its cue
        next_to_grade = any(m and _adjacent(seg, m, span) for m in (denier, gsm))
        if (_needs_cue(span) and not cued and not next_to_grade) or in_company_name(seg, span):
            continue
        if describes and _names_the_product(seg, span):
            continue
        if not labelled and _TRIM_AFTER.match(seg.text, span.end_char):
            continue  # "rubber patch logo", "metal zipper puller": a trim's material, not the body's
        if span.text.isdigit() and not (
            labelled or seg.cue(r"steel|stainless|s/s|\bss\b|inox|不锈钢|钢")
        ):
            continue
        codes.append((_qualified(seg, span), span.text))
        spans.append(span)
    out_codes: list[tuple[str, str]] = []
    for (code, raw), span in zip(codes, spans, strict=True):
        info = material_info(code)
        # "600D polyester", "cotton 500gsm": the grade must sit right next to the material word
        if info and info.family in DENIER_FAMILIES and denier and _adjacent(seg, denier, span):
            code, raw = f"{code}_{denier.group(1)}D", f"{denier.group(0)} {raw}"
        elif (
            info
            and info.family in ("cotton", "canvas", "organic_cotton", "polyester")
            and gsm
            and _adjacent(seg, gsm, span)
        ):
            code, raw = f"{code}_{gsm.group(1) or gsm.group(2)}GSM", f"{raw} {gsm.group(0)}"
        out_codes.append((code, raw))
    if not named and denier and (labelled or seg.cue(r"oxford|fabric|bag|牛津|面料")):
        out_codes.append((f"POLYESTER_{denier.group(1)}D", denier.group(0)))
    # A stated grade makes the generic word of its family redundant ("stainless steel 304").
    ranked = {c: material_info(c) for c, _ in out_codes}
    graded = {i.family for i in ranked.values() if i and i.rank > 0}
    out: list[Found] = []
    seen: set[str] = set()
    for code, raw in out_codes:
        info = ranked[code]
        if info and info.rank == 0 and info.family in graded:
            continue
        if code not in seen:
            seen.add(code)
            out.append(Found(code, raw, "lexicon/material"))
    return out


def extract_dimensions(seg: Segment) -> list[Found]:
    """Product size: '52x38x30cm', 'L52*W38*H30 cm', '20.5 x 15 in', 'Ø80mm', '±0.5 mm'."""
    if seg.label in ("packing", "packaging.carton_size", "noise", "weight", "capacity"):
        return []
    labelled = seg.labelled("dimensions")
    if not labelled and seg.cue(CARTON_CUE):
        return []
    dims = n.find_dimensions(seg.value, single=labelled)
    if not labelled:
        # "neodymium magnets Ø8 x 2 mm", "logo 60 x 20 mm": the size of a part named before it
        dims = [
            d for d in dims if not _PART_BEFORE.search(seg.value[max(0, d.start - 30) : d.start])
        ]
    if not labelled and seg.context == "cell" and seg.label != "description":
        # "挂钩 (hook) | Ø4.0 mm wire": a lone measure in a row named after a part is the part's
        dims = [d for d in dims if len(d.mm) > 1]
    if len(dims) > 1 and all(
        n.SIZE_NAME_BEFORE.search(seg.value[: d.start]) or re.match(r"(?:XS|S|M|L|XL)\s", d.raw)
        for d in dims
    ):  # "S 18x20 / M 25x28 / L 33x35cm": the sizes of a set, each one a size of the item
        return [Found(d.value(), d.raw, "dimensions") for d in dims]
    return [Found(d.value(), d.raw, "dimensions") for d in dims[:1]]


def extract_weight(seg: Segment) -> list[Found]:
    """Product weight: '350g', '0.35 kg', '1.2 lbs', '±10g' -> grams."""
    labelled = seg.labelled("weight")
    # "N.W.: 4.10 lbs/pc" on an item is the product's net weight; "N.W. 12 kg" of a carton is not
    net_of_piece = bool(
        re.search(r"\bn\.?\s*w\b\.?", seg.text, re.I)
        and (seg.item is not None or re.search(_PER_PIECE, seg.value, re.I))
        and not seg.cue(CARTON_WEIGHT)
    )
    if not net_of_piece and (
        seg.label in ("packing", "noise", "capacity", "material") or seg.cue(WEIGHT_NOISE)
    ):
        return []
    if not (labelled or net_of_piece or seg.cue(WEIGHT_CUE)):
        # "500克" of a towel (its gsm), "5000g x 1g" of a scale (its capacity), "holds 5 kg":
        # a weight in running text counts only where a word says it is the weight
        return []
    found = n.find_weights(seg.value, allow_oz=labelled)
    return [Found(v, raw, "weight") for v, _, _, raw in found[:1]]


def extract_capacity(seg: Segment) -> list[Found]:
    """Capacity: '500ml', '0.5 L', '17 oz' (US fl oz), '500毫升' -> millilitres."""
    labelled = seg.labelled("capacity")
    if seg.label in ("packing", "noise", "weight"):
        return []
    found = n.find_capacities(seg.value, allow_oz=labelled or seg.cue(OZ_CAPACITY_CUE))
    return [Found(v, raw, "capacity") for v, _, _, raw in found[:1]]


def extract_color(seg: Segment) -> list[Found]:
    """'Pantone 186 C' = 'PMS 186C'; 'RAL 9005'; colour names when labelled or cued: 'black' -> BLACK."""
    labelled = seg.labelled("color")
    if seg.label in ("packing", "packaging.inner", "logo"):
        return []  # "Logo | pad print, Pantone Cool Gray 7 C": the print's colour, not the goods'
    codes = n.find_color_codes(seg.value, bare=labelled)
    out = [Found(code, raw, "color/code") for code, _, _, raw in codes]
    inside_codes = [(a + seg.value_start, b + seg.value_start) for _, a, b, _ in codes]
    if labelled or seg.label == "description" or seg.cue(COLOR_CUE):
        if labelled and _PART_AFTER.search(seg.text[: seg.value_start]):
            return out  # "Colour of box | Black": the label names a part, not the product
        for span in seg.spans("color"):
            if any(f.value == span.id_ for f in out) or any(
                a <= span.start_char < b for a, b in inside_codes
            ):
                continue  # "Pantone Black 6 C": the name is part of the code read
            if _PART_AFTER.match(seg.text, span.end_char) or _PRINT_COLOURS.search(
                seg.text[: span.start_char]
            ):
                continue  # "black tin lid", "white box", "1C white": a part's or the print's colour
            if _LIGHT_COLOUR.search(seg.text[: span.start_char]):
                continue  # "warm white 2700K": the colour of the light an LED gives, not of the goods
            if span.id_ == "NATURAL" and _NATURAL_MATERIAL.match(seg.text, span.end_char):
                continue  # "100% natural latex", "natural beech": a material, not a colour
            out.append(Found(span.id_, span.text, "lexicon/color"))
    return out


# A measure right after one of these is the part's size, not the product's.
_PART_BEFORE = cue_regex("part_before")
# "1C white", "2-colour black": the colours of a print, counted before they are named.
_PRINT_COLOURS = re.compile(r"(?:\b\d\s*C|\b\d\s*-?\s*colou?rs?|\d色)\s*$", re.I)
# After "natural", a material word: "natural latex" is no colour ("natural wood colour" still is).
_NATURAL_MATERIAL = cue_regex("natural_material")
# Before "white", these name an LED's light colour (its colour temperature), not a colour.
_LIGHT_COLOUR = re.compile(r"\b(?:warm|cool|cold|natural|neutral|day)\s*$", re.I)
# A colour word followed by one of these names a part, the print or the packing, not the product.
_PART_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:lid|lids|cap|caps|handle|handles|zipper|zip|zips|webbing|strap|"
    r"straps|logo|print|printing|prints|thread|stitching|label|labels|box|boxes|bag|bags|carton|"
    r"sticker|tag|tags|insert|gasket|seal|button|buttons|cord|rope|trim|lining|sleeve|inner|"
    r"mailer|foam|card|silk-?screen|pad\s+print)\b"
    # "白色纸盒" (white paper box), "黑色盖子" (black lid): the part follows the colour directly
    r"|[\u4e00-\u9fff]{0,2}(?:盒|袋|箱|盖|标签|贴纸|吊牌|卡|印刷|丝印|织唛)",
    re.I,
)


def _lexicon(seg: Segment, label: str, rule: str, *, needs: str | None = None) -> list[Found]:
    if seg.label == "noise":
        return []
    if needs and not (seg.labelled(label) or seg.cue(needs)):
        return []
    out: list[Found] = []
    for span in seg.spans(label):
        if in_company_name(seg, span):
            continue
        # "FNSKU labeling not included", "without gift box": the value is ruled out, which is a
        # statement too (compare reads "no fnsku barcode" against a baseline that has it)
        negated = _NEGATED_AFTER.match(seg.text, span.end_char) or _NEGATED_BEFORE.search(
            seg.text[max(0, span.start_char - 12) : span.start_char]
        )
        value = f"no {span.id_}" if negated else span.id_
        if not any(f.value == value for f in out):
            out.append(Found(value, span.text, rule + ("/negated" if negated else "")))
    return out


_NEGATED_AFTER = cue_regex("negated_after")
_NEGATED_BEFORE = cue_regex("negated_before")


def extract_finish(seg: Segment) -> list[Found]:
    """'brushed', 'powder coated', '拉丝' -> canonical finish."""
    found = _lexicon(seg, "finish", "lexicon/finish")
    measured = {
        s.id_
        for s in seg.spans("finish")
        if _GLOSS_MEASURE.match(seg.text, s.end_char) and s.text.lower() in ("gloss", "光泽")
    }
    # "gloss ≤ 15 GU at 60°", "gloss 40-50 GU": a gloss level measured, not a glossy finish
    return [f for f in found if f.value not in measured]


_GLOSS_MEASURE = re.compile(
    r"\s*(?:level|value|units?|at\s+\d|[:：]?\s*[≤≥<>=~]|[:：]?\s*\d[\d.\s-]*(?:GU|%|°))", re.I
)


# "3C" is also a Pantone/Cool Gray shade and a USB-C phrase: as the CCC mark it needs a cue.
_CERT_NEEDS_CUE = {"3C"}
_CERT_CUE = r"certif|cert\b|mark|report|test|standard|approv|认证|标志|报告|检测|CCC"


def _inside_code(text: str, start: int, end: int) -> bool:
    """'GS' of 'GS-HG-014', 'CB' of 'HG-CB-L': a certificate's letters inside a model or record
    number are part of that code."""
    before, after = text[max(0, start - 2) : start], text[end : end + 2]
    if re.search(r"\d$", text[start:end]) and re.match(
        r"-\d{1,4}(?:[/:-]\d{1,4})*(?![\w-])", text[end : end + 16]
    ):
        return False  # "EN 71-1", "EN71-1/2/3", "ASTM F963-17": a standard's part or year
    return bool(
        re.search(r"[A-Za-z0-9]-$|[A-Za-z0-9]$", before)
        or re.match(r"^-[A-Za-z0-9]|^[A-Za-z0-9]", after)
    )


def extract_certification(seg: Segment) -> list[Found]:
    """'CE, FCC, RoHS', 'LFGB', 'ISO 9001' -> one term per certificate."""
    if seg.label == "noise":
        return []
    out: list[Found] = []
    for span in seg.spans("certification"):
        if in_company_name(seg, span) or _inside_code(seg.text, span.start_char, span.end_char):
            continue
        if span.text.upper() in _CERT_NEEDS_CUE and not (
            seg.labelled("certification") or re.search(_CERT_CUE, seg.text, re.I)
        ):
            continue
        if re.search(r"(?:gr[ae]y|pantone|pms)\s*$", seg.text[: span.start_char], re.I):
            continue  # "Cool Gray 3C", "PMS 3C": a colour reference
        if not any(f.value == span.id_ for f in out):
            out.append(Found(span.id_, span.text, "lexicon/certification"))
    return out


def extract_logo(seg: Segment) -> list[Found]:
    """'silk screen', 'laser engraved', '丝印', '激光雕刻' -> canonical logo method."""
    return _lexicon(seg, "logo", "lexicon/logo")


def extract_packaging_inner(seg: Segment) -> list[Found]:
    """'OPP bag', 'color box', '彩盒' -> canonical inner packaging."""
    out = _lexicon(seg, "packaging.inner", "lexicon/inner-packing")
    for i, found in enumerate(out):
        # "a white single corrugated box": a plain corrugated box is brown unless it says white
        span = next((s for s in seg.spans("packaging.inner") if s.id_ == found.value), None)
        if (
            found.value == "brown box"
            and span is not None
            and re.search(r"\bwhite\b(?:\s+\w+){0,2}\s*$", seg.text[: span.start_char], re.I)
        ):
            out[i] = Found("white box", found.raw, found.rule)
    return out


def extract_packaging_label(seg: Segment) -> list[Found]:
    """'FNSKU barcode', 'shipping marks', '唛头' -> canonical label."""
    return _lexicon(seg, "packaging.label", "lexicon/label")


def extract_carton_qty(seg: Segment) -> list[Found]:
    """'24pcs/ctn', '24 pcs per carton', '25只/箱', '200 ctns x 24 pcs', a 'Pcs/Ctn' cell '24'."""
    found = n.find_carton_qty(seg.value)
    # "tote N/B 100pcs/ctn ..., zip tote 50pcs/ctn": one value per item, all kept
    out: list[Found] = []
    for v, _, _, raw in found:
        if all(f.value != v for f in out):
            out.append(Found(v, raw, "carton-qty"))
    if not out and seg.labelled("packaging.carton_qty"):
        bare = n.parse_bare_quantity(
            re.sub(r"(?i)\s*(pcs?|pieces|sets|只|个|件|套)\s*$", "", seg.value)
        )
        if bare:
            out.append(Found(bare, seg.value.strip(), "carton-qty/labelled"))
    return out


def extract_carton_size(seg: Segment) -> list[Found]:
    """Master carton size: 'carton 52x38x30cm', 'Meas: 52*38*30 cm', '外箱尺寸：52*38*30cm'."""
    labelled = seg.labelled("packaging.carton_size")
    if not labelled and not seg.cue(CARTON_CUE):
        return []  # "Packaging | kraft window box 12 x 9 x 4 cm": the unit box, not the carton
    dims = [d for d in n.find_dimensions(seg.value) if len(d.mm) >= 2]
    ply = _PLY.search(seg.value)
    grade = {"ply": _ply_number(ply)} if ply else {}
    # "carton size: LSH 55*40*35cm, COL-M/COL-L 50*40*30cm": one size per item, all kept
    out: list[Found] = []
    for d in dims:
        value = {**d.value(), **grade}
        if all(f.value != value for f in out):
            out.append(Found(value, d.raw, "carton-size"))
    if not out and ply and (labelled or seg.cue(r"carton|ctn|箱")):
        # "5 ply export carton" with no size: the board grade is the carton's term
        out.append(
            Found(
                {"mm": [], "tolerance_mm": None, "ply": _ply_number(ply)}, ply.group(), "carton-ply"
            )
        )
    return out


# The carton's board grade: "5-ply", "5 ply", "5 layers", "五层", "3层瓦楞".
_PLY = re.compile(
    r"(?<!\d)(?P<n>[3579])\s*-?\s*(?:ply|layers?)\b|(?P<zh>[三五七九3579])\s*层", re.I
)
_ZH_DIGITS = {"三": 3, "五": 5, "七": 7, "九": 9}


def _ply_number(m: re.Match[str]) -> int:
    text = m["n"] or m["zh"]
    return _ZH_DIGITS.get(text) or int(text)


def extract_inspection(seg: Segment) -> list[Found]:
    """'AQL 2.5, General Inspection Level II' -> {'aql', 'level', 'result'} (result in reports)."""
    labelled = seg.labelled("inspection")
    if not labelled and not seg.cue(r"aql|inspection|level\s+ii|qc|验货|检验|抽检"):
        return []
    report = seg.role == "inspection" and seg.cue(
        r"result|conclusion|verdict|overall|结论|结果|status"
    )
    aql_label = labelled and bool(re.search(r"aql", seg.text[: seg.value_start], re.I))
    value = n.parse_inspection(seg.value, with_result=report, aql_label=aql_label)
    if value is None or (value["aql"] is None and value["level"] is None and not report):
        return []
    return [Found(value, seg.value.strip(), "inspection")]


def extract_warranty(seg: Segment) -> list[Found]:
    """'12 months warranty', 'Warranty: 1 year', '质保一年' -> {'months': 12}."""
    if not (seg.labelled("warranty") or seg.cue(r"warrant|guarantee|质保|保修|保固")):
        return []
    parsed = n.parse_warranty(seg.value)
    return [Found(parsed[0], parsed[3], "warranty")] if parsed else []
