"""The vocabularies of the output contract (/work/shared/CONTRACT.md, v1), in one place.

Every closed list of values that appears in an extraction result lives here:
canonical ids, directions, units and denominators (the fact types themselves
are the registry's: :mod:`extractor.facts.registry`).  The rule
loader checks rule files against these lists; matchers and the fact writer
use them so that a misspelt id is caught at load time, not by a reviewer.

Members are ``str`` enums: ``CellTypeId("msc") == "msc"`` and
``CellTypeId.MSC.value`` is what goes into the JSON.  Changing a value here
changes the contract: don't, unless CONTRACT.md changes first.
"""

from __future__ import annotations

from enum import Enum

SCHEMA_VERSION = "1"


class CellTypeId(str, Enum):
    MSC = "msc"  # mesenchymal stem/stromal cells, source not given
    ADIPOSE_MSC = "adipose_msc"
    BONE_MARROW_MSC = "bone_marrow_msc"
    UMBILICAL_CORD_MSC = "umbilical_cord_msc"
    MENSTRUAL_BLOOD_MSC = "menstrual_blood_msc"
    PLACENTA_MSC = "placenta_msc"
    AMNIOTIC_MSC = "amniotic_msc"
    AMNIOTIC_EPITHELIAL_CELL = "amniotic_epithelial_cell"
    AMNIOTIC_FLUID_STEM_CELL = "amniotic_fluid_stem_cell"
    UMBILICAL_CORD_BLOOD_CELL = "umbilical_cord_blood_cell"
    PERIPHERAL_BLOOD_STEM_CELL = "peripheral_blood_stem_cell"
    EMBRYONIC_STEM_CELL = "embryonic_stem_cell"
    INDUCED_PLURIPOTENT_STEM_CELL = "induced_pluripotent_stem_cell"
    NEURAL_STEM_CELL = "neural_stem_cell"
    EPITHELIAL_STEM_CELL = "epithelial_stem_cell"
    EXTRACELLULAR_VESICLE = "extracellular_vesicle"
    MITOCHONDRIA = "mitochondria"  # cell-derived mitochondria given as therapy


class RouteId(str, Enum):
    INTRAOVARIAN_INJECTION = "intraovarian_injection"
    OVARIAN_ARTERY_INFUSION = "ovarian_artery_infusion"
    INTRAVENOUS = "intravenous"
    INTRAPERITONEAL = "intraperitoneal"
    SUBCUTANEOUS = "subcutaneous"
    TRANSDERMAL = "transdermal"
    SEGOVA = "segova"


class GuidanceId(str, Enum):
    TRANSVAGINAL_ULTRASOUND = "transvaginal_ultrasound"
    LAPAROSCOPIC = "laparoscopic"
    INTERVENTIONAL_RADIOLOGY = "interventional_radiology"


class HormoneId(str, Enum):
    FSH = "FSH"
    LH = "LH"
    E2 = "E2"  # estradiol / 雌二醇 / oestrogen level
    AMH = "AMH"
    AFC = "AFC"  # antral follicle count
    INHB = "INHB"
    OVARIAN_VOLUME = "ovarian_volume"


class Direction(str, Enum):
    INCREASE = "increase"
    DECREASE = "decrease"
    NO_CHANGE = "no_change"


class DoseUnit(str, Enum):
    CELLS = "cells"
    CELLS_PER_KG = "cells/kg"
    U_PER_KG = "U/kg"
    MG = "mg"
    MG_PER_KG = "mg/kg"
    UG = "\u00b5g"  # MICRO SIGN, exactly as CONTRACT.md writes it
    ML = "mL"
    IU = "IU"


class Per(str, Enum):
    OVARY = "ovary"
    KG = "kg"
    INJECTION = "injection"
    PATIENT = "patient"


class SampleUnit(str, Enum):
    PATIENTS = "patients"
