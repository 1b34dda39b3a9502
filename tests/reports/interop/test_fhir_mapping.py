"""Each CalciTrack field lands in the FHIR element and code system docs/fhir-export.md names,
with its value unchanged."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from calcitrack.domain.codes import (
    DISEASE_SNOMED,
    ICD10_CALCINOSIS_CUTIS,
    Das28Variant,
    DoseUnit,
    Frequency,
    Route,
    Sex,
    UnderlyingDisease,
)
from calcitrack.domain.entities import MedicationPeriod
from calcitrack.domain.laboratory import lab_results
from calcitrack.reports.interop.fhir_codes import (
    ATC,
    ICD10,
    LOCAL_SYSTEMS,
    LOINC,
    SNOMED,
    UCUM,
)
from tests.reports.interop.fhir_support import bundle_json, by_code_text, codings, resources
from tests.support.sample_chart import sample_chart

D1, D2 = date(2025, 1, 13), date(2025, 4, 14)


def _index(bundle: dict) -> dict[str, dict]:
    return {e["fullUrl"]: e["resource"] for e in bundle["entry"]}


@pytest.mark.parametrize("sex", list(Sex))
def test_patient_identity_and_gender(sex: Sex) -> None:
    chart = sample_chart("T-7")
    chart = dataclasses.replace(chart, patient=dataclasses.replace(chart.patient, sex=sex))
    (patient,) = resources(bundle_json([chart]), "Patient")
    assert patient["gender"] == sex.value
    assert patient["birthDate"] == "1968-06-02"
    assert patient["name"][0]["family"] == "Cadório" and patient["name"][0]["given"] == ["Inês"]
    (mrn,) = patient["identifier"]
    assert mrn["value"] == "T-7" and mrn["type"]["coding"][0]["code"] == "MR"
    assert patient["active"] is True


@pytest.mark.parametrize("disease", list(UnderlyingDisease))
def test_snomed_only_for_verified_diseases(disease: UnderlyingDisease) -> None:
    chart = sample_chart()
    chart = dataclasses.replace(
        chart, patient=dataclasses.replace(chart.patient, underlying_disease=disease)
    )
    (condition,) = by_code_text(bundle_json([chart]), "Condition", disease.label)
    found = codings(condition["code"])
    if disease in DISEASE_SNOMED:
        assert found == {(SNOMED, DISEASE_SNOMED[disease])}
    else:
        assert found == set()  # juvenile DM, SLE, overlap, other: text only
    assert condition["onsetDateTime"] == "2015-03-01"
    assert condition["subject"]["reference"]


def test_calcinosis_cutis_is_icd10_l94_2_and_no_snomed() -> None:
    bundle = bundle_json([sample_chart()])
    (condition,) = [
        c for c in resources(bundle, "Condition") if c["code"]["text"].startswith("Calcinosis")
    ]
    assert ICD10_CALCINOSIS_CUTIS == "L94.2"
    assert codings(condition["code"]) == {(ICD10, "L94.2")}
    assert condition["code"]["text"] == "Calcinosis cutis (dystrophic)"
    assert condition["onsetDateTime"] == "2023-09-01"


def test_calcium_loinc_mass_or_molar_by_the_unit_entered() -> None:
    chart = sample_chart()  # total calcium 2.35 mmol/L on D1
    mass = lab_results.entered("calcium_total", D2, 9.4, "mg/dL", 8.5, 10.5)
    chart = dataclasses.replace(chart, labs=(*chart.labs, mass))
    found = by_code_text(bundle_json([chart]), "Observation", "Calcium, total (serum/plasma)")
    by_unit = {o["valueQuantity"]["code"]: o for o in found}
    molar, mass_obs = by_unit["mmol/L"], by_unit["mg/dL"]
    assert codings(molar["code"]) == {(LOINC, "2000-8")}
    assert codings(mass_obs["code"]) == {(LOINC, "17861-6")}
    assert molar["valueQuantity"] == {"value": 2.35, "unit": "mmol/L", "system": UCUM,
                                      "code": "mmol/L"}  # fmt: skip
    assert molar["referenceRange"][0]["low"]["value"] == 2.1
    assert molar["referenceRange"][0]["high"] == {"value": 2.6, "unit": "mmol/L",
                                                  "system": UCUM, "code": "mmol/L"}  # fmt: skip
    assert mass_obs["effectiveDateTime"] == "2025-04-14"


def test_lab_without_a_low_bound_keeps_only_the_high_one() -> None:
    (crp,) = by_code_text(bundle_json([sample_chart()]), "Observation", "C-reactive protein")
    assert codings(crp["code"]) == {(LOINC, "1988-5")}
    assert crp["valueQuantity"]["value"] == 0.4 and crp["valueQuantity"]["code"] == "mg/dL"
    assert crp["referenceRange"] == [{"high": {"value": 0.5, "unit": "mg/dL", "system": UCUM,
                                               "code": "mg/dL"}}]  # fmt: skip


def test_vitals_loinc_and_ucum_and_blood_pressure_components() -> None:
    bundle = bundle_json([sample_chart()])
    observations = resources(bundle, "Observation")

    def on_d1(code: str) -> dict:
        (found,) = [o for o in observations if (LOINC, code) in codings(o["code"])
                    and o["effectiveDateTime"] == "2025-01-13"]  # fmt: skip
        return found

    assert on_d1("29463-7")["valueQuantity"] == {"value": 58.5, "unit": "kg", "system": UCUM,
                                                 "code": "kg"}  # fmt: skip
    assert on_d1("8302-2")["valueQuantity"]["code"] == "cm"
    assert on_d1("8867-4")["valueQuantity"]["code"] == "/min"
    assert on_d1("8867-4")["valueQuantity"]["value"] == 72
    bp = on_d1("85354-9")
    parts = {c["code"]["coding"][0]["code"]: c["valueQuantity"] for c in bp["component"]}
    assert parts == {
        "8480-6": {"value": 124, "unit": "mmHg", "system": UCUM, "code": "mm[Hg]"},
        "8462-4": {"value": 78, "unit": "mmHg", "system": UCUM, "code": "mm[Hg]"},
    }
    assert "valueQuantity" not in bp
    assert on_d1("72514-3")["valueInteger"] == 5
    assert all(o["category"][0]["coding"][0]["code"] == "vital-signs"
               for o in (on_d1("29463-7"), bp))  # fmt: skip


def test_lesions_body_structures_and_measurement_components() -> None:
    bundle = bundle_json([sample_chart()])
    index = _index(bundle)
    structures = {b["identifier"][0]["value"]: b for b in resources(bundle, "BodyStructure")}
    assert set(structures) == {"R index finger", "L elbow"}
    elbow = structures["L elbow"]
    assert elbow["active"] is False  # excised
    assert codings(elbow["location"]) == {(LOCAL_SYSTEMS["body-site"], "elbow")}
    assert codings(elbow["locationQualifier"][0]) == {(LOCAL_SYSTEMS["laterality"], "left")}
    sizes = [o for o in resources(bundle, "Observation") if "focus" in o]
    assert len(sizes) == 3
    (first,) = [o for o in sizes if index[o["focus"][0]["reference"]] is elbow]
    parts = {c["code"]["coding"][0]["code"]: c for c in first["component"]}
    assert parts["longest-diameter"]["valueQuantity"] == {"value": 22.5, "unit": "mm",
                                                          "system": UCUM, "code": "mm"}  # fmt: skip
    assert parts["width"]["valueQuantity"]["value"] == 14.0
    assert parts["depth"]["valueQuantity"]["value"] == 6.5
    assert parts["area"]["valueQuantity"]["code"] == "mm2"
    assert parts["ulcerated"]["valueBoolean"] is True
    assert parts["infected"]["valueBoolean"] is False
    assert codings(first["method"]) == {(LOCAL_SYSTEMS["measurement-method"], "ultrasound")}
    assert index[first["encounter"]["reference"]]["resourceType"] == "Encounter"


def test_depth_not_measured_is_left_out() -> None:
    chart = sample_chart()
    visit = chart.visits[1]
    shallow = dataclasses.replace(visit.lesion_measurements[0], depth_mm=None)
    visit = dataclasses.replace(visit, lesion_measurements=(shallow,))
    chart = dataclasses.replace(chart, visits=(chart.visits[0], visit))
    sizes = [o for o in resources(bundle_json([chart]), "Observation")
             if "focus" in o and o["effectiveDateTime"] == "2025-04-14"]  # fmt: skip
    (only,) = sizes
    assert "depth" not in {c["code"]["coding"][0]["code"] for c in only["component"]}


def test_medication_period_ends_on_the_last_day_taken() -> None:
    bundle = bundle_json([sample_chart()])
    stopped, current = resources(bundle, "MedicationStatement")
    assert stopped["effectivePeriod"] == {"start": "2025-01-13", "end": "2025-04-13"}  # D2 − 1
    assert stopped["status"] == "completed"
    assert current["effectivePeriod"] == {"start": "2025-04-14"} and current["status"] == "active"
    assert (ATC, "C08DB01") in codings(stopped["medicationCodeableConcept"])
    dose = stopped["dosage"][0]
    assert dose["doseAndRate"][0]["doseQuantity"] == {"value": 60, "unit": "mg", "system": UCUM,
                                                      "code": "mg"}  # fmt: skip
    assert dose["timing"]["repeat"] == {"frequency": 2, "period": 1, "periodUnit": "d"}
    assert codings(dose["route"]) == {(LOCAL_SYSTEMS["route"], "oral")}


def test_drug_without_a_verified_atc_code_has_none() -> None:
    chart = dataclasses.replace(sample_chart(), medications=(
        MedicationPeriod("minocycline", "Minocycline", 1.5, DoseUnit.MG_PER_KG, Frequency.QD,
                         Route.ORAL, D1, D1.replace(day=14)),
    ))  # fmt: skip
    (statement,) = resources(bundle_json([chart]), "MedicationStatement")
    assert codings(statement["medicationCodeableConcept"]) == {
        (LOCAL_SYSTEMS["drug"], "minocycline")
    }
    assert statement["effectivePeriod"] == {"start": "2025-01-13", "end": "2025-01-13"}
    quantity = statement["dosage"][0]["doseAndRate"][0]["doseQuantity"]
    assert quantity["code"] == "mg/kg" and Decimal(str(quantity["value"])) == Decimal("1.5")


def test_das28_and_sdai_are_derived_from_the_marker_observations() -> None:
    chart = sample_chart()  # D1: TJC 2, SJC 1, patient 30 mm, evaluator 20 mm
    esr = lab_results.entered("esr", D1, 24.0, "mm/h")
    crp = lab_results.entered("crp", D1, 12.0, "mg/L")
    chart = dataclasses.replace(chart, labs=(*chart.labs, esr, crp))
    bundle = bundle_json([chart])
    index = _index(bundle)
    local = LOCAL_SYSTEMS["observation"]

    def one(system: str, code: str) -> dict:
        (found,) = [o for o in resources(bundle, "Observation") if (system, code)
                    in codings(o["code"])]  # fmt: skip
        return found

    for code, marker in (("das28-esr", "4537-7"), ("das28-crp", "1988-5")):
        das28 = one(local, code)
        sources = [index[r["reference"]] for r in das28["derivedFrom"]]
        assert (LOINC, marker) in {c for s in sources for c in codings(s["code"])}
        assert {(LOINC, "88981-6"), (LOINC, "88980-8")} <= {
            c for s in sources for c in codings(s["code"])
        }
        assert das28["valueQuantity"]["code"] == "{score}"
    cdai = one(LOINC, "75847-4")
    assert cdai["valueQuantity"]["value"] == 2 + 1 + 3.0 + 2.0
    sdai = one(LOINC, "75845-8")
    assert sdai["valueQuantity"]["value"] == pytest.approx(8.0 + 1.2)  # CRP 12 mg/L = 1.2 mg/dL
    assert any((LOINC, "1988-5") in codings(index[r["reference"]]["code"])
               for r in sdai["derivedFrom"])  # fmt: skip


def test_typed_das28_without_components_has_no_derived_from() -> None:
    chart = sample_chart()
    visit = dataclasses.replace(
        chart.visits[1], das28_recorded=3.1, das28_recorded_variant=Das28Variant.ESR
    )
    chart = dataclasses.replace(chart, visits=(chart.visits[0], visit))
    (das28,) = [o for o in resources(bundle_json([chart]), "Observation")
                if (LOCAL_SYSTEMS["observation"], "das28-esr") in codings(o["code"])]  # fmt: skip
    assert das28["valueQuantity"]["value"] == 3.1
    assert "derivedFrom" not in das28 and das28["method"]["text"] == "as recorded at the visit"


def test_procedure_and_imaging() -> None:
    bundle = bundle_json([sample_chart()])
    (procedure,) = resources(bundle, "Procedure")
    assert procedure["status"] == "completed" and procedure["performedDateTime"] == "2025-03-03"
    assert codings(procedure["code"]) == {(LOCAL_SYSTEMS["procedure-type"], "excision")}
    assert codings(procedure["outcome"]) == {(LOCAL_SYSTEMS["procedure-outcome"], "complete")}
    assert procedure["bodySite"][0]["text"] == "Elbow (left)"
    assert "encounter" not in procedure  # no visit that day
    (report,) = resources(bundle, "DiagnosticReport")
    assert codings(report["code"]) == {(LOCAL_SYSTEMS["imaging-modality"], "xray")}
    assert report["conclusion"].startswith("Dense calcific deposit at the fingertip.")
    assert "R index finger" in report["conclusion"]
    assert report["effectiveDateTime"] == "2025-01-13" and report["status"] == "final"


def test_encounter_per_visit_with_its_clinician() -> None:
    bundle = bundle_json([sample_chart()])
    index = _index(bundle)
    encounters = resources(bundle, "Encounter")
    assert [e["period"]["start"] for e in encounters] == ["2025-01-13", "2025-04-14"]
    assert all(e["status"] == "finished" and e["class"]["code"] == "AMB" for e in encounters)
    people = {index[e["participant"][0]["individual"]["reference"]]["name"][0]["text"]
              for e in encounters}  # fmt: skip
    assert people == {"Nurse Åsa"}
    assert len(resources(bundle, "Practitioner")) == 1


def test_a_drug_not_on_the_list_is_named_in_text_not_as_the_display_of_other() -> None:
    """Coding.display is the code system's display of the code ("Other"), the same for every
    drug recorded as other: the drug's name is the concept's text, not a display that changes
    from one patient to the next for one code."""
    chart = dataclasses.replace(sample_chart(), medications=(
        MedicationPeriod("other", "Flucloxacillin", 500, DoseUnit.MG, Frequency.QID,
                         Route.ORAL, D1, D1.replace(day=27)),
    ))  # fmt: skip
    (statement,) = resources(bundle_json([chart]), "MedicationStatement")
    concept = statement["medicationCodeableConcept"]
    assert concept["coding"] == [{"system": LOCAL_SYSTEMS["drug"], "code": "other",
                                  "display": "Other"}]  # fmt: skip
    assert concept["text"] == "Flucloxacillin"


@pytest.mark.parametrize(
    ("analyte", "value", "unit", "code"),
    [
        ("creatinine", 88.0, "umol/L", "14682-9"),  # [Moles/volume], not 2160-0 [Mass/volume]
        ("creatinine", 1.0, "mg/dL", "2160-0"),
        ("phosphate", 1.1, "mmol/L", None),  # 2777-1 is [Mass/volume]
        ("vitamin_d_25oh", 75.0, "nmol/L", None),  # 62292-8 is [Mass/volume]
        ("pth_intact", 5.0, "pmol/L", None),  # 2731-8 is [Mass/volume]
        ("calcium_corrected", 9.2, "mg/dL", None),  # 29265-6 is [Moles/volume]
        ("calcium_corrected", 2.3, "mmol/L", "29265-6"),
        ("calcium_ionized", 4.8, "mg/dL", None),  # 1994-3 is [Moles/volume]
        ("calcium_ionized", 1.2, "mmol/L", "1994-3"),
    ],
)
def test_a_lab_never_carries_a_loinc_code_for_the_other_kind_of_unit(
    analyte: str, value: float, unit: str, code: str | None
) -> None:
    """A LOINC code names its property (mass or substance concentration): a value in a unit of
    the other kind under that code contradicts it (88 umol/L under "Creatinine [Mass/volume]").
    Without a code of the right kind the analyte goes as text, the value as entered."""
    result = lab_results.entered(analyte, D2, value, unit)
    chart = dataclasses.replace(sample_chart(), labs=(result,))
    (found,) = [o for o in resources(bundle_json([chart]), "Observation")
                if o.get("valueQuantity", {}).get("code") == unit
                and o["category"][0]["coding"][0]["code"] == "laboratory"]
    assert codings(found["code"]) == ({(LOINC, code)} if code else set())
    assert found["code"]["text"] and found["valueQuantity"]["value"] == value
