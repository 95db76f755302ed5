"""compare_order never crashes on odd values: whatever extract hands over, an Audit comes out."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.model import FIELDS, SEVERITIES, STATUSES
from tests.compare.conftest import Order

ROLES = ["spec", "sample", "quote", "pi", "change", "chat", "inspection", "other"]

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 10**7), st.text(max_size=12),
    st.sampled_from(["1.85", "0", "-3", "NaN", "1e3", "SS304", "SS201", "USD", "BKCHCNBJ92A", "6217000012345670"]),
)  # fmt: skip
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(
            st.sampled_from(
                [
                    "amount",
                    "currency",
                    "per",
                    "value",
                    "unit",
                    "rule",
                    "place",
                    "percent",
                    "trigger",
                    "min_days",
                    "max_days",
                    "basis",
                    "from",
                    "mm",
                    "tolerance_mm",
                    "g",
                    "tolerance_g",
                    "ml",
                    "aql",
                    "level",
                    "result",
                    "months",
                ]
            ),  # fmt: skip
            inner,
            max_size=4,
        ),
    ),
    max_leaves=6,
)
terms = st.tuples(
    st.sampled_from(ROLES),
    st.sampled_from(FIELDS),
    values,
    st.sampled_from([None, "TB-500", "tumbler 500ml"]),
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(terms, max_size=14), st.sampled_from([None, "2026-01-01", "2026-02-01"]))
def test_any_values_give_an_audit(items: list, date: str | None) -> None:
    order = Order()
    docs = {}
    for n, (role, field, value, item) in enumerate(items):
        doc = docs.get(role) or order.doc(f"{role}/doc-{n}.txt", role, date=date)
        docs[role] = doc
        if role == "chat":
            doc.say(f"2026-01-0{1 + n % 9}T10:00:00", "Lily", "text", party="supplier", kind="proposal",
                    fields=(field,), terms={field: value}, item=item)  # fmt: skip
        else:
            doc.term(field, value, item)
    audit = order.audit(trade_assurance=True, receipt_date="2026-01-01")
    assert audit.verdict in ("HOLD", "REVIEW", "RELEASE")
    for finding in audit.findings:
        assert finding.status in STATUSES and finding.severity in SEVERITIES and finding.message
        if finding.status != "missing":
            assert finding.observed is not None and finding.observed.evidence is not None
    audit.to_json()
