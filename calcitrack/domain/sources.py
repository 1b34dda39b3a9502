"""The clinical sources CalciTrack's rules and reference values cite, as a reader can follow them.

Text a user reads (the window, the PDF visit summary, command-line messages) names a source as
``[R#]``; every such key is in ``SOURCES`` with its full citation, so that the PDF can end with the
sources it cites and Help → Clinical sources can list them all. The list is DOMAIN.md's reference
list (R1–R63) and the sources added since (R64–R79: the drug labels of dose_labels.py; R80–R82:
the data-quality checks of hard_limits.py and plausibility.py);
a source added for a new rule takes the next number here and there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType


@dataclass(frozen=True)
class Source:
    key: str
    """``"R12"``: what the text cites as ``[R12]``."""
    citation: str


_SOURCES = (
    Source(
        "R1",
        'Chung L et al. Validation of a novel radiographic scoring system for calcinosis '
        'affecting the hands of patients with SSc. Arthritis Care Res 2015;67(3):425–430. '
        'doi:10.1002/acr.22434 — stanfordhealthcare.org/publications/346/346453.html',
    ),
    Source(
        "R2",
        'Valenzuela A et al. Change in calcinosis over 1 year using the SCTC radiologic '
        'scoring system… Semin Arthritis Rheum 2022;53:151980.',
    ),
    Source(
        "R3",
        'Saketkoo LA et al. Patient experience of SSc-related calcinosis… Mawdsley Calcinosis'
        ' Questionnaire. Rheum Dis Clin North Am 2023;49(2):463–481 (PMID 37028847); ACR '
        'abstract 1904 "Development of the MCQ Version 1" (acrabstracts.org).',
    ),
    Source(
        "R4",
        'SCTC Calcinosis Working Group update — '
        'sites.bu.edu/sctc/sctc_activivities/calcinosis/',
    ),
    Source("R5", 'IMACS Form 08 Myositis Damage Index 2001 — docest.com/doc/274068'),
    Source(
        "R6",
        'Huber AM et al. The Cutaneous Assessment Tool. Rheumatology 2007;46:1606–11 '
        '(PMC2598780).',
    ),
    Source(
        "R7",
        'Hoeltzel MF et al. Calcinosis in JDM. Curr Rheumatol Rep 2014;16:467 (PMC5118224).',
    ),
    Source(
        "R8",
        'Nelson MC et al. Reliability of durometry… PLOS One 2026, '
        'doi:10.1371/journal.pone.0343708.',
    ),
    Source(
        "R9",
        'Valenzuela A et al. Calcinosis… ischemic manifestations and disability in SSc. Semin'
        ' Arthritis Rheum 2020;50:891–6 (PMC8205269).',
    ),
    Source("R10", 'Mar D et al. Imaging in SSc calcinosis. Clin Rheumatol 2021 (PMID 33755836).'),
    Source(
        "R11",
        'Yi BY et al. Imaging assessment of calcinosis in JDM. Pediatr Rheumatol 2025;23:44.',
    ),
    Source(
        "R12",
        'R packages: acreular (github fragla/acreular, R/responseRA.R, DAS28 code); cliot '
        'docs (rdrr.io/cran/cliot: das28_esr, das28_crp, sdai).',
    ),
    Source(
        "R13",
        'ARD table "Validated composite measures and their cut-off points" '
        '(ard.bmj.com/highwire/markup/185556).',
    ),
    Source(
        "R14",
        'Fleischmann R et al. How much does DAS28 ESR and CRP underestimate disease activity '
        'compared with SDAI? Ann Rheum Dis 2015;74:1132.',
    ),
    Source(
        "R15",
        'DAS28-CRP and DAS28-ESR cut-offs for high disease activity are not interchangeable. '
        'RMD Open 2017;3:e000382.',
    ),
    Source("R16", 'rheumakit.com/en/calculators/sdai'),
    Source(
        "R17",
        'HAQ/CLINHAQ scoring (abbeyscientific.org); Stanford ARAMIS HAQ instructions 2009 '
        '(dokumen.site mirror); unittables.com HAQ-DI.',
    ),
    Source("R18", 'IMACS Form 04 Manual Muscle Testing scoring sheet.'),
    Source(
        "R19",
        'Rider LG et al. 2016 ACR–EULAR response criteria for JDM. Arthritis Rheumatol '
        '2017;69:898–910 (PMC5407906); Table 3 (PMC5577002).',
    ),
    Source("R20", 'IMACS core set measures — niehs.nih.gov/research/resources/imacs/abouttools/'),
    Source(
        "R21",
        'Norkin & White, Measurement of Joint Motion, Table A.1 (fadavispt.mhmedical.com).',
    ),
    Source("R22", 'VA 38 CFR 4.71 Plates I–II reproduction (scribd.com/doc/247726428).'),
    Source(
        "R23",
        'Merck Manual "Normal Values for Range of Motion of Joints" (pdfcoffee.com '
        'reproduction).',
    ),
    Source(
        "R24",
        'Medscape calcium correction calculator (reference.medscape.com/calculator/267); '
        'medicalrojak.wordpress.com (SI derivation).',
    ),
    Source(
        "R25",
        'KDOQI Bone Metabolism guidelines 2003, Guideline 6 (adult) and pediatric Guideline 7'
        ' (kidneyfoundation.cachefly.net); KDIGO guideline comparison table (UK Renal '
        'Association targets).',
    ),
    Source(
        "R26",
        'Heymann WR, "Softening the blow of calcinosis cutis", DermWorld Insights 2017 '
        '(mirror).',
    ),
    Source("R27", 'Inker LA et al. N Engl J Med 2021;385:1737–49 (via nephro R package docs).'),
    Source(
        "R28",
        'Mayo Clinic Laboratories: Calcium 24-h urine (test 8594); Creatine kinase serum '
        '(test CK).',
    ),
    Source(
        "R29",
        "Clinical lab reference appendix (cld.bz Table A-3); Davis's Lab & Diagnostic Tests "
        '(phosphorus); DiaSys reference ranges.',
    ),
    Source(
        "R30",
        'NCBI Bookshelf NBK525404 App. A Table 1 (IOM 2011 vitamin D); Endocrine Society '
        'thresholds (secondary summary).',
    ),
    Source("R31", 'Miller formula — medicalalgorithms.com; epomedicine.com.'),
    Source("R32", 'WHO Guideline on haemoglobin cutoffs (2024); PLOS One 2020 table (PMC7478908).'),
    Source(
        "R33",
        'LOINC (loinc.org) codes cross-checked in public FHIR/terminology tables on GitHub.',
    ),
    Source(
        "R34",
        'Palmieri GM et al. Treatment of calcinosis with diltiazem. Arthritis Rheum '
        '1995;38:1646–54.',
    ),
    Source("R35", 'Vayssairat M et al. Ann Rheum Dis 1998;57:252.'),
    Source("R36", 'Balin SJ et al. Mayo experience, 78 patients. Arch Dermatol 2012;148:455–62.'),
    Source(
        "R37",
        'Traineau H et al. Treatment of calcinosis cutis in SSc and DM: review. J Am Acad '
        'Dermatol 2020;82:317–325.',
    ),
    Source("R38", 'Diltiazem HCl ER capsules US label (medlibrary.org; druglib Dilt-CD).'),
    Source("R39", 'Diltiazem Italian SmPC contraindications (pharmamedix.com).'),
    Source(
        "R40",
        'Terkeltaub RA et al. Colchicine DDI studies. Arthritis Rheum 2011 (PMID 21480191).',
    ),
    Source(
        "R41",
        'Colchicine label renal dosing (globalrph.com/renal/colchicine); label-derived table '
        '(seekhealthz.com); openFDA Colcrys label; druginteractionchecker.com (label section 7).',
    ),
    Source(
        "R42",
        'Colchicine with CYP3A4/P-gp inhibitors, Eur Heart J 2021 review Table 1 '
        '(PMC8294843).',
    ),
    Source(
        "R43",
        'Robertson LP et al. Minocycline for calcinosis in lcSSc. Ann Rheum Dis '
        '2003;62:267–9.',
    ),
    Source(
        "R44",
        'Fonseca C et al. Minocycline for refractory SSc calcinosis. ACR 2019 abstract 2612.',
    ),
    Source(
        "R45",
        'Intralesional STS in SSc, Clin Rheumatol 2021;40:2985–9; Badawi AH et al. IV STS '
        'case (Cutis/MDedge); intralesional STS trial listing (trialx.com).',
    ),
    Source(
        "R46",
        'Aggarwal R et al. ProDERM. N Engl J Med 2022;387:1264–78; safety Arthritis Res Ther '
        '2024;26:27; octagamus.net (inclusion MMT-8 < 142).',
    ),
    Source("R47", 'Rituxan RA prescribing information (rituxanforra-hcp.com).'),
    Source("R48", 'CARRA registry JDM calcinosis. Pediatr Rheumatol 2018 (s12969-018-0299-9).'),
    Source(
        "R49",
        'Pamidronate JDM (Bone Abstracts 2015;4:P104); alendronate (Indian J Dermatol 2011, '
        'PMC3132933); etidronate + cimetidine (Case Rep Rheumatol 2015:817592).',
    ),
    Source("R50", 'UpToDate "Calcinosis cutis: management" (medilib.ir mirror).'),
    Source(
        "R51",
        'Surgical debulking for calcinosis in SSc. J Hand Surg Am 2021;46:928.e1–9; NYU case,'
        ' Arch Plast Surg 2016;43:387.',
    ),
    Source("R52", 'eTG Australia: digital calcinosis in SSc.'),
    Source("R53", 'Calcinosis in dermatomyositis review (PMC10269219).'),
    Source(
        "R54",
        'HL7 FHIR R4 BodyStructure (hl7.org/fhir/R4/bodystructure-definitions.html); Media '
        'R4; FHIR xver R5→R4 "DocumentReference-for-Media".',
    ),
    Source("R55", 'SNOMED CT codes as used in public FHIR value sets; browser.ihtsdotools.org.'),
    Source("R56", 'ICD-10 L94.2 (wikidoc/alchetron entries).'),
    Source("R57", 'WHO ATC codes and RxNorm ingredient codes as used in public terminology code.'),
    Source(
        "R58",
        'UCUM (unitsofmeasure.org); usage in public FHIR profiles; Open mHealth '
        'PlaneAngleUnit.',
    ),
    Source("R59", 'seekhealthz.com "dystrophic calcification" (textbook-style secondary source).'),
    Source("R60", 'Nunley JR, Calcinosis cutis treatment, Medscape 2020.'),
    Source("R61", 'Denton C, quoted in The Rheumatologist, EULAR 2012 report.'),
    Source("R62", 'IMACS vs PRINTO core-set comparison table (PMC2774891, Table 2).'),
    Source(
        "R63",
        'ISMP, "Safety concerns persist for low-dose methotrexate", PSQH Nov/Dec 2015 (label '
        'dosing; Moore, Walsh & Cohen 2004: 25 deaths, 48 serious outcomes).',
    ),
    # R64-R79: the drug labels behind the dose limits (calcitrack.domain.dose_labels).
    Source(
        "R64",
        'Metoject (methotrexate) solution for injection, EU summary of product characteristics, '
        '4.2 Posology (rheumatoid arthritis: 7.5 mg once weekly, raised by 2.5 mg steps; "a '
        'weekly dose of 25 mg should not be exceeded"; doses above 20 mg/week carry markedly '
        'more toxicity) — as reproduced at candrug.com/DrugMoreInfo6589.aspx',
    ),
    Source(
        "R65",
        'Methotrexate tablets, US label as summarised by MPR: rheumatoid arthritis initially '
        '7.5 mg once weekly, or 2.5 mg every 12 hours for three doses once weekly; max '
        '20 mg/week — endocrinologyadvisor.com/drug/methotrexate-tablets/',
    ),
    Source(
        "R66",
        'COLCRYS (colchicine) tablets, US prescribing information, 2.1-2.2 Dosage: gout-flare '
        'prophylaxis 0.6 mg once or twice daily, maximum 1.2 mg/day; flare 1.8 mg over one '
        'hour; familial Mediterranean fever 1.2-2.4 mg/day (Takeda; DailyMed, openFDA drug '
        'label).',
    ),
    Source(
        "R67",
        'Probenecid tablets, US label dosage as summarised by Drugs.com: gout 250 mg every 12 '
        'hours for 1 week, then 500 mg every 12 hours; "the maximum daily dose should not '
        'exceed 2 g" — drugs.com/dosage/probenecid.html',
    ),
    Source(
        "R68",
        'Sodium Thiosulfate Injection USP (12.5 g/50 mL), US prescribing information: adult dose '
        'for acute cyanide poisoning 12.5 g IV, redosing at half the dose; no maximum for '
        'repeated use is stated — drugs.com/pro/sodium-thiosulfate-injection.html',
    ),
    Source(
        "R69",
        'Octagam 10% (immune globulin intravenous, human), US prescribing information, '
        'dermatomyositis: 2 g/kg divided in equal doses over 2-5 consecutive days every 4 weeks '
        '— octagamusa.com/dermatomyositis/hcp/octagam-10-dosing/; prescriberpoint.com.',
    ),
    Source(
        "R70",
        'Pamidronate disodium (Aredia) injection, US label: 60-90 mg single IV dose '
        '(hypercalcaemia of malignancy), 30 mg daily for 3 days (Paget\'s disease), 90 mg every '
        '3-4 weeks (bone metastases); single doses should not exceed 90 mg (renal toxicity) — '
        'reference.medscape.com/drug/aredia-pamidronate-342828; Skyscape RxDrugs monograph.',
    ),
    Source(
        "R71",
        'FOSAMAX (alendronate) US prescribing information, 2 Dosage: osteoporosis 70 mg once '
        'weekly or 10 mg once daily; prevention 35 mg weekly or 5 mg daily; Paget\'s disease '
        '40 mg once a day for six months — drugs.com/dosage/fosamax.html',
    ),
    Source(
        "R72",
        'Etidronate disodium (Didronel) tablets, US label as summarised by MPR: once daily; '
        'Paget\'s disease 5-10 mg/kg/day for up to 6 months or 11-20 mg/kg/day for up to 3 '
        'months; heterotopic ossification 20 mg/kg/day — '
        'renalandurologynews.com/drug/etidronate-disodium/',
    ),
    Source(
        "R73",
        'Minocycline hydrochloride, US label dosage (Drugs.com; AHFS monograph): oral 200 mg '
        'initially, then 100 mg every 12 hours, or 50 mg four times daily; IV maximum '
        '400 mg/24 h; no oral maximum is stated — drugs.com/dosage/minocycline.html',
    ),
    Source(
        "R74",
        'Warfarin sodium tablets, US label dosage: individualised by PT/INR, initial 2-5 mg once '
        'daily, maintenance 2-10 mg once daily; no maximum is stated — '
        'themeditary.com/dosage-information/warfarin-dosage-7235.html',
    ),
    Source(
        "R75",
        'PLAQUENIL (hydroxychloroquine sulfate) 200 mg tablets, summary of product '
        'characteristics (Sanofi; HPRA Ireland, HSA Singapore), 4.2 Posology: the minimum '
        'effective dose, not above 6.5 mg/kg/day of ideal body weight, "either 200 mg or '
        '400 mg per day" — myhealthbox.eu/en/plaquenil-tablet-200-mg-white/2651414; the New '
        'Zealand data sheet gives 400-600 mg daily initially (rxreasoner.com/monographs/'
        'plaquenil/usage).',
    ),
    Source(
        "R76",
        'Folic acid tablets USP 1 mg, US label dosage: usual therapeutic dosage up to 1 mg '
        'daily, resistant cases may require larger doses; no maximum is stated — '
        'medlibrary.org/lib/rx/meds/folic-acid-40/page/2/',
    ),
    Source(
        "R77",
        'Prednisolone: US label (prednisolone sodium phosphate oral solution) initial dose '
        '5-60 mg/day depending on the disease, individualised, no maximum stated; NHS: usual '
        '5-60 mg once daily with breakfast, occasionally higher — '
        'nhs.uk/medicines/prednisolone/how-and-when-to-take-prednisolone-tablets-and-liquid/',
    ),
    Source(
        "R78",
        'IMURAN (azathioprine), US label as summarised by MPR: rheumatoid arthritis initially '
        '1 mg/kg/day in 1-2 doses, raised by 0.5 mg/kg/day every 4 weeks, maximum '
        '2.5 mg/kg/day — renalandurologynews.com/drug/imuran/',
    ),
    Source(
        "R79",
        'Mycophenolate mofetil (CellCept) US label, dosage: renal transplant 1 g twice daily '
        '(2 g/day; 3 g/day in trials without added efficacy); cardiac and hepatic transplant '
        '1.5 g twice daily (3 g/day) (Genentech; DailyMed, openFDA drug label).',
    ),
    # R80-R82: the data-quality checks (calcitrack.domain.visits.hard_limits, plausibility).
    Source(
        "R80",
        'Jou JM, Lewis SM, Briggs C, Lee SH, De La Salle B, McFadden S for the International '
        'Council for Standardization in Haematology (ICSH). ICSH review of the measurement of '
        'the erythrocyte sedimentation rate. Int J Lab Hematol 2011;33(2):125–132. '
        'doi:10.1111/j.1751-553X.2011.01302.x (Westergren pipettes: a sedimentation scale of '
        '200 mm).',
    ),
    Source(
        "R81",
        'Sarma PR. Red cell indices. In: Walker HK, Hall WD, Hurst JW, eds. Clinical Methods: '
        'The History, Physical, and Laboratory Examinations. 3rd ed. Boston: Butterworths; '
        '1990. Chapter 152 (NCBI Bookshelf NBK260): MCHC = haemoglobin ÷ haematocrit, normal '
        '34 ± 2 g/dL, near 37 g/dL the limit of haemoglobin solubility.',
    ),
    Source(
        "R82",
        'White JV, Guenter P, Jensen G, Malone A, Schofield M et al. Consensus statement of the '
        'Academy of Nutrition and Dietetics/American Society for Parenteral and Enteral '
        'Nutrition: characteristics recommended for the identification and documentation of '
        'adult malnutrition (undernutrition). J Acad Nutr Diet 2012;112(5):730–738. '
        'doi:10.1016/j.jand.2012.03.012 (weight loss in severe malnutrition: > 5 % in 1 month, '
        '> 7.5 % in 3 months, > 10 % in 6 months, > 20 % in 1 year).',
    ),
)

SOURCES: Mapping[str, Source] = MappingProxyType({s.key: s for s in _SOURCES})

_CITED = re.compile(r"\[(R\d+)\]")


def cited_keys(texts: Iterable[str]) -> list[str]:
    """The ``[R#]`` keys cited in ``texts``, each once, in numeric order."""
    found = {key for text in texts for key in _CITED.findall(text)}
    return sorted(found, key=lambda key: int(key[1:]))


def cited_sources(texts: Iterable[str]) -> list[Source]:
    """The sources cited in ``texts``; a key with no source raises ``KeyError`` (a rule citing a
    source nobody can look up is a defect, caught by the tests)."""
    return [SOURCES[key] for key in cited_keys(texts)]
