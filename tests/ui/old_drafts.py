"""Drafts as earlier versions of CalciTrack kept them, literally, to check they still come back."""

from __future__ import annotations

from typing import Any

#: A draft as CalciTrack kept it before this version (format 1): written by that code for a new
#: visit of DEMO-0001 (its period ids are those of the demo clinic as stored).
FORMAT_1: dict[str, Any] = {
    "format": 1,
    "mrn": "DEMO-0001",
    "visit_id": None,
    "visit_date": "2026-10-12",
    "header": {
        "visit_date": "2026-10-12",
        "visit_type": "follow_up",
        "clinician": "Nurse Okafor",
        "next_visit_due_on": "2027-01-11",
    },
    "notes": "Typed before the power cut.\nSecond line.",
    "sections": {
        "lesions": {
            "lesions": {
                "R lateral thigh": {
                    "longest_mm": "",
                    "width_mm": "",
                    "depth_mm": "",
                    "method": "ultrasound",
                    "flags": [],
                    "status": "active",
                },
                "R buttock": {
                    "longest_mm": "",
                    "width_mm": "",
                    "depth_mm": "",
                    "method": "ultrasound",
                    "flags": [],
                    "status": "active",
                },
                "R knee": {
                    "longest_mm": "44",
                    "width_mm": "29",
                    "depth_mm": "8",
                    "method": "caliper",
                    "flags": ["ulcerated"],
                    "status": "active",
                },
                "L lateral thigh": {
                    "longest_mm": "",
                    "width_mm": "",
                    "depth_mm": "",
                    "method": "ultrasound",
                    "flags": [],
                    "status": "active",
                },
                "R upper chest": {
                    "longest_mm": "",
                    "width_mm": "",
                    "depth_mm": "",
                    "method": "caliper",
                    "flags": [],
                    "status": "excised",
                },
            },
            "new": [
                {
                    "longest_mm": "6",
                    "width_mm": "4",
                    "depth_mm": "",
                    "method": "caliper",
                    "flags": [],
                    "label": "L thigh",
                    "label_edited": False,
                    "body_site": "thigh",
                    "laterality": "left",
                }
            ],
        },
        "scores": {
            "pain_nrs": "3",
            "patient_global_mm": "",
            "evaluator_global_mm": "",
            "tender_joints_28": "",
            "swollen_joints_28": "",
            "esr": "",
            "crp": "2,1",
            "crp_unit": "mg/dL",
            "loaded": {},
        },
        "rom": {"added": [], "values": {"hip/flexion/right": "110"}},
        "labs": {
            "rows": [
                {
                    "analyte": "calcium_total",
                    "value": "2.61",
                    "unit": "mmol/L",
                    "ref_low": "2.15",
                    "ref_high": "2.55",
                    "ids": None,
                }
            ]
        },
        "vitals": {
            "weight_kg": "59.9",
            "height_cm": "",
            "heart_rate_bpm": "",
            "systolic_bp_mmhg": "",
            "diastolic_bp_mmhg": "",
        },
        "medications": {
            "rows": [
                {
                    "kind": "dose",
                    "drug": "colchicine",
                    "drug_name": "Colchicine",
                    "period_id": 5,
                    "dose": "1",
                    "dose_unit": "mg",
                    "frequency": "qd",
                    "route": "oral",
                    "reason": "Flare",
                },
                {
                    "kind": "stop",
                    "drug": "diltiazem",
                    "drug_name": "Diltiazem",
                    "period_id": 4,
                    "dose": "",
                    "dose_unit": "mg",
                    "frequency": "qd",
                    "route": "oral",
                    "reason": "Headache",
                },
                {
                    "kind": "start",
                    "drug": "other",
                    "drug_name": "Topical sodium thiosulfate 25%",
                    "period_id": None,
                    "dose": "1",
                    "dose_unit": "g",
                    "frequency": "bid",
                    "route": "oral",
                    "reason": "Ulcerated knee",
                },
            ]
        },
    },
    "set_aside": [],
    "visit_version": None,
    "base": None,
}
