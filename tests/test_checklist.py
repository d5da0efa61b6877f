from kiosk.catalogue import load_catalogue
from kiosk.checklist import evaluate

CAT = load_catalogue()
S1 = CAT.service("teacher_attestation")
ALL_BUT_6_7 = ["application", "identity_document", "diploma", "professional_development", "employment"]


def _ids(kind=None, service=S1):
    return [d.id for d in service.documents if kind is None or d.kind == kind]


def test_s1_complete_with_all_documents():
    result = evaluate(S1, {}, _ids())
    assert result.complete and result.missing == []


def test_s1_doc6_needed_without_exemption():
    cond = S1.conditions[0]
    required = _ids("required")
    result = evaluate(S1, {cond.id: not cond.exempt_when}, required)
    assert not result.complete
    assert result.missing_ids == _ids("conditional")


def test_s1_doc6_exempt():
    cond = S1.conditions[0]
    result = evaluate(S1, {cond.id: cond.exempt_when}, _ids("required"))
    assert result.complete
    state = [s for s in result.states if s.document.kind == "conditional"][0]
    assert state.exempt and not state.needed


def test_unanswered_condition_asks_for_the_paper():
    result = evaluate(S1, {}, _ids("required"))
    assert result.missing_ids == _ids("conditional")
    assert result.unanswered == (S1.conditions[0].id,)


def test_optional_never_missing_and_missing_listed_in_order():
    result = evaluate(S1, {S1.conditions[0].id: S1.conditions[0].exempt_when}, [])
    assert result.missing_ids == _ids("required")
    assert result.needed_count == len(_ids("required"))
    assert result.needed_received == 0


def test_information_system_documents_are_never_demanded():
    s2 = CAT.service("preschool_queue")
    from_is = [d.id for d in s2.documents if d.from_information_system]
    assert from_is, "S2 takes documents from information systems"
    result = evaluate(s2, {}, [d for d in _ids(service=s2) if d not in from_is])
    assert result.complete
    assert not any(i in result.missing_ids for i in from_is)
