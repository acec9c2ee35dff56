"""Real open-access texts (verbatim) with fact marks, for corpus/make_real.py.

Every text below is copied word for word from an open-access source whose
licence allows redistribution (see corpus/real/SOURCES.md); the fact marks
``[[words|spec]]`` only wrap words (markup of corpus/make_papers.py, plus the
species ``@animal`` for an unnamed animal model).  Where a source line was
cut (a passage, not the whole abstract) it is cut at a sentence end.
Superscripts/subscripts are kept as the source printed them (E2 as plain
text where the source has plain text).  Annotated blind, following
corpus/ANNOTATION.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class RealText:
    id: str
    lang: str  # en | zh
    kind: str  # clinical | animal | review | case
    title: str
    authors: str
    journal: str
    year: int
    doi: str  # or URL
    url: str
    licence: str
    abstract: str  # marked-up, verbatim
    body: list = field(default_factory=list)  # extra verbatim passages (str) or ("table", caption, rows, widths)
    species: str | None = None  # default species of the facts (animal studies)
    notes: str = ""
    layout: dict = field(default_factory=dict)  # columns, font, journal line
    #: the gathering round the text came in; each round is split on its own, so
    #: a later round never moves a text of an earlier one between dev and test
    batch: int = 1

    @property
    def title_plain(self) -> str:
        import re
        return re.sub(r"\[\[([^\[\]|]+)\|[^\[\]]+\]\]", r"\1", self.title)


TEXTS: list[RealText] = [
    RealText(
        id="en_animal_shen2020_hucmsc_mice", lang="en", kind="animal",
        title="Ability of [[human umbilical cord mesenchymal stem cells|c:uc]] to repair chemotherapy-induced "
              "premature ovarian failure",
        authors="Jian Shen, Dai Cao, Jing-Li Sun",
        journal="World Journal of Stem Cells 12(4):277-287", year=2020, doi="10.4252/wjsc.v12.i4.277",
        url="https://www.wjgnet.com/1948-0210/full/v12/i4/277.htm", licence="CC BY-NC 4.0",
        species="mouse",
        abstract=(
            "**BACKGROUND** Premature ovarian insufficiency (POI) and premature ovarian failure (POF) have become one "
            "of the major problems threatening women of childbearing age. Studies have shown that stem cells "
            "transplanted from bone marrow, umbilical cord, peripheral blood and amniotic fluid can migrate and "
            "proliferate to the ovary, promote ovarian function repair, increase the number of follicles and "
            "granulosa cells at all levels of ovary, improve endocrine function, and can differentiate into oocytes "
            "in specific ovarian environment to restore fertility to some extent."),
        body=[
            "**AIM** To study the ability of [[human umbilical cord mesenchymal stem cells|c:uc]] "
            "([[hUCMSCs|c:uc]]) to repair ovarian injury after chemotherapy.",
            "**METHODS** A total of 110 female BALB/c mice (aged 7-8 wk old) with body masses of 16.0-20.0 g were "
            "selected. The mice were fed until 12 wk of age, and cyclophosphamide was administered by "
            "[[intraperitoneal injection|r:ip]] for 14 consecutive days to induce premature ovarian failure in "
            "mice. Seventy-five mice with estrous cycle disorder were screened and randomly divided into 3 groups "
            "according to their body weight: model group, positive control group and [[hUCMSC|c:uc]] group, and "
            "each group had 25 mice. Another 25 mice were used as negative controls. The mice in the "
            "[[hUCMSC|c:uc]] group were injected with [[hUCMSCs|c:uc]] [[in the tail vein|r:iv]], and the mice in "
            "the positive control group were given an oestradiol valerate solution and a medroxyprogesterone "
            "acetate solution [[in the tail vein|r:iv]]. On the 1st, 15th, 30th, 45th, and "
            "[[60th days|f:60,day]] after [[intravenous administration|r:iv]], vaginal smears were made to monitor the "
            "estrous cycles of the mice.",
        ],
        notes=("Mouse study (species mouse for every fact). The first paragraph (background) is general: the "
               "tissues named alone (bone marrow, umbilical cord, peripheral blood, amniotic fluid) and 'stem "
               "cells' are not cell types. Traps: 110/75/25 mice (animals, not sample sizes), 3 groups, ages "
               "in weeks, body masses in g, '14 consecutive days' (a duration of daily model-drug injections: "
               "no sessions count), the assessment days 1st..60th (one follow_up fact, the last time point)."),
        layout={"columns": 2, "font": "serif", "journal": "World J Stem Cells 2020; 12(4): 277-287"},
    ),

    RealText(
        id="en_animal_park2023_msc_vs_exosomes", lang="en", kind="animal",
        title="Comparison of the therapeutic effects between stem cells and [[exosomes|c:ev]] in primary ovarian "
              "insufficiency: as promising as cells but different persistency and dosage",
        authors="Hang-soo Park, Rishi Man Chugh, Jin Seok, Esra Cetin, Hanaa Mohammed, Hiba Siblini, Farzana "
                "Liakath Ali, Mohammad Mousaei Ghasroldasht, Hiba Alkelani, Amro Elsharoud, Mara Ulin, Sahar "
                "Esfandyari, Ayman Al-Hendy",
        journal="Stem Cell Research & Therapy 14:165", year=2023, doi="10.1186/s13287-023-03397-2",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC10283237", licence="CC BY 4.0", species="mouse",
        abstract=(
            "**Background** Primary ovarian insufficiency (POI) refers to the loss of ovarian function under the age "
            "of 40 and results in amenorrhea and infertility. Our previous studies have shown that transplantation "
            "of [[mesenchymal stem cells|c:msc]] ([[MSCs|c:msc]]) and [[MSC|c:msc]]-derived [[exosomes|c:ev]] in "
            "chemotherapy-induced POI mouse ovaries can reverse the POI and eventually achieve pregnancy. Based on "
            "our recent studies, [[MSC|c:msc]]-derived [[exosomes|c:ev]] have almost equal therapeutic potentials as "
            "transplanted [[MSCs|c:msc]]. However, it is still unclear whether [[exosomes|c:ev]] can completely "
            "replace [[MSCs|c:msc]] in POI treatment. For the reliable application of cell-free treatment for POI "
            "patients using [[exosomes|c:ev@human]], there is a need to understand whether there is any outcome and "
            "effectiveness difference between [[MSC|c:msc]] and [[MSC|c:msc]]-derived [[exosome|c:ev]] treatment."),
        body=[
            "**Methods** Comparing the therapeutic effect of [[intravenous injection|r:iv]] using [[MSCs|c:msc]] and "
            "equal amounts of [[exosomes|c:ev]] in a POI mouse model will reveal the difference between the two "
            "therapeutic resources. In this study, we induced POI in C57/BL6 mice by chemotherapy (CXT) using a "
            "standard protocol. We then injected four different doses of [[MSCs|c:msc]] or equal amounts of "
            "commercialized [[MSC|c:msc]]-derived [[exosomes|c:ev]] by [[retro-orbital injection|r:iv]] post-CXT.",
        ],
        notes=("Mouse study; its facts carry species mouse, except the clinical aim ('cell-free treatment for POI "
               "patients using exosomes', human). 'MSC-derived exosomes' gives two mentions (msc, ev), as in the "
               "sample papers. 'retro-orbital injection' is an injection into the retro-orbital venous sinus: an "
               "intravenous route (the same sentence group calls it intravenous injection). 'four different "
               "doses' names no dose value. 'stem cells' in the title is generic. Traps: 'under the age of 40'."),
        layout={"columns": 1, "font": "serif", "journal": "Stem Cell Research & Therapy (2023) 14:165"},
    ),
    RealText(
        id="en_animal_wang2017_mensc_mice", lang="en", kind="animal",
        title="Study of the reparative effects of [[menstrual-derived stem cells|c:men]] on premature ovarian "
              "failure in mice",
        authors="Zhijing Wang et al. (author list in the DOI record; not shown in the stored copy)",
        journal="Stem Cell Research & Therapy 8:11", year=2017, doi="10.1186/s13287-016-0458-1",
        url="https://stemcellres.biomedcentral.com/articles/10.1186/s13287-016-0458-1", licence="CC BY 4.0",
        species="mouse",
        abstract=(
            "**Background** Young female patients who receive chemotherapy frequently face premature ovarian failure "
            "(POF). The therapeutic potential of stem cells in these patients has been explored in stem cells "
            "derived from different sources. However, many of these types of stem cells are either difficult to "
            "obtain or obtaining them involves invasive procedures. Here, we show that "
            "[[menstrual-derived stem cells|c:men]] ([[MenSCs|c:men]]) are easy to access and exhibit mesenchymal "
            "stem cell-like properties. [[MenSCs|c:men]] are therefore a novel source of stem cells that can be used "
            "for tissue repair. The aim of this study was to explore the reparative capacity and the mechanism "
            "underlying the activities of [[MenSCs|c:men]]."),
        body=[
            "**Methods** POF mouse models were established by 7 consecutive days of "
            "[[intraperitoneal injection|r:ip]] of cisplatin, and then [[MenSCs|c:men]] or [[MenSC|c:men]]-derived "
            "conditioned media (CM) were infused [[via the tail vein|r:iv]]. The ovaries were excised after either "
            "[[7|f:7,day]] or [[21 days|f:21,day]] of treatment and the follicles were counted and categorized. "
            "Apoptosis of granulosa cells was observed by terminal deoxynucleotidyl transferase mediated dUTP nick "
            "end labelling staining. Ovarian function was evaluated by monitoring serum sex hormone levels.",
        ],
        notes=("Mouse study (species mouse). Menstrual-derived stem cells (MenSCs) are menstrual_blood_msc. "
               "'mesenchymal stem cell-like properties' describes MenSCs (an adjective, not a mention of MSC "
               "therapy). Conditioned medium (CM) is not a cell type. Follow-up: the ovaries were excised after 7 "
               "or 21 days (two follow_up facts; '7' alone carries the unit of the coordinated '21 days'). "
               "Traps: '7 consecutive days' of cisplatin (a duration: no sessions), 'stem cells' generic, "
               "'serum sex hormone levels' (no named hormone, no direction)."),
        layout={"columns": 2, "font": "sans", "journal": "Stem Cell Res Ther (2017) 8:11"},
    ),
    RealText(
        id="en_animal_molecules2023_himsc_exosomes", lang="en", kind="animal",
        title="Human Pluripotent Stem Cell–[[Mesenchymal Stem Cell|c:msc]]-Derived [[Exosomes|c:ev]] Promote "
              "Ovarian Granulosa Cell Proliferation and Attenuate Cell Apoptosis Induced by Cyclophosphamide in a "
              "POI-like Mouse Model",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Molecules 28(5):2112", year=2023, doi="10.3390/molecules28052112",
        url="https://www.mdpi.com/1420-3049/28/5/2112", licence="CC BY 4.0", species="mouse",
        abstract=(
            "Premature ovarian insufficiency (POI) is a complex disease which causes amenorrhea, "
            "hypergonadotropism and infertility in patients no more than 40 years old. Recently, several studies "
            "have reported that [[exosomes|c:ev]] have the potential to protect ovarian function using a "
            "POI-like mouse model induced by chemotherapy drugs. In this study, the therapeutic potential of "
            "[[exosomes|c:ev]] derived from human pluripotent stem cell–[[mesenchymal stem cells|c:msc]] "
            "([[hiMSC|c:msc]] [[exosomes|c:ev]]) was evaluated through a cyclophosphamide (CTX)-induced POI-like "
            "mouse model. POI-like pathological changes in mice were determined by serum sex-hormones levels and "
            "the available number of ovarian follicles."),
        notes=("Mouse study. hiMSCs are MSCs derived from human induced pluripotent stem cells: the MSC mention "
               "is msc (no canonical id for iPSC-derived MSCs; 'pluripotent stem cell' is their origin, not the "
               "therapy), and the exosomes are extracellular_vesicle. The studies cited in the second sentence "
               "used a POI-like mouse model: their exosome mention is also mouse. Traps: 'no more than 40 years "
               "old', 'serum sex-hormones levels' (no named hormone, no direction), cyclophosphamide named "
               "without dose or route."),
        layout={"columns": 1, "font": "sans", "journal": "Molecules 2023, 28, 2112"},
    ),

    RealText(
        id="en_animal_bmri_hucmsc_rat_cyclophosphamide", lang="en", kind="animal",
        title="(title not in the stored copy; BioMed Research International article 2517514, abstract)",
        authors="(not shown in the stored copy)",
        journal="BioMed Research International (Hindawi)", year=0, doi="https://www.hindawi.com/journals/bmri/aip/2517514/",
        url="http://hindawi.com/journals/bmri/aip/2517514/", licence="CC BY 4.0 (Hindawi, all articles)",
        species="rat",
        abstract=(
            "Premature ovarian failure (POF) is one of the most common causes of infertility in women. In our "
            "present study, we established cyclophosphamide- (CTX-) induced POF rat model and elucidated its effect "
            "on ovarian function. We detected the serum estrogen, follicle stimulating hormone, and anti-Müllerian "
            "hormone of mice models by ELISA and evaluated their folliculogenesis by histopathology examination. "
            "Our study revealed that CTX administration could severely disturb hormone secretion and influence "
            "folliculogenesis in rat. This study also detected ovarian cells apoptosis by deoxy-UTP-digoxigenin "
            "nick end labeling (TUNEL) and demonstrated marked ovarian cells apoptosis in rat models following CTX "
            "administration. In order to explore the potential of [[human umbilical cord mesenchymal stem cells|c:uc]] "
            "([[UCMSCs|c:uc]]) in POF treatment, the above indexes were used to evaluate ovarian function. We found "
            "that human [[UCMSCs|c:uc]] transplantation recovered disturbed hormone secretion and folliculogenesis "
            "in POF rat, in addition to reduced ovarian cell apoptosis. We also tracked transplanted "
            "[[UCMSCs|c:uc]] in ovaries by fluorescence in situ hybridization (FISH). The results manifested that "
            "the transplanted human [[UCMSCs|c:uc]] could reside in ovarian tissues and could survive for a "
            "comparatively long time without obvious proliferation. Our present study provides new insights into "
            "the great clinical potential of human [[UCMSCs|c:uc@human]] in POF treatment."),
        notes=("Rat study (species rat; the abstract once says 'mice models' for the same rats — kept as rat). "
               "No title in the stored copy, so the PDF title is a placeholder (no facts). Traps: the measured "
               "hormones (estrogen, FSH, AMH) are listed without direction; 'recovered disturbed hormone "
               "secretion' names no hormone (no fact); the CTX model-versus-control disturbance validates the "
               "model (no hormone_change); CTX has no dose or route here. The last sentence (clinical "
               "potential in POF treatment) is a general statement about patients: no species."),
        layout={"columns": 2, "font": "serif", "journal": "BioMed Research International"},
    ),

    RealText(
        id="en_review_wang2021_msc_pof", lang="en", kind="review",
        title="Research Progress on the Treatment of Premature Ovarian Failure Using [[Mesenchymal Stem Cells|c:msc]]: "
              "A Literature Review",
        authors="Jing Wang, Wanru Liu, Dehai Yu, Zongxing Yang, Sijie Li, Xiguang Sun",
        journal="Frontiers in Cell and Developmental Biology 9:749822", year=2021, doi="10.3389/fcell.2021.749822",
        url="https://www.frontiersin.org/articles/10.3389/fcell.2021.749822", licence="CC BY 4.0",
        abstract=(
            "Premature ovarian failure (POF) has become one of the main causes of infertility in women of "
            "childbearing age and the incidence of POF is increasing year by year, seriously affecting the physical "
            "and mental health of patients and increasing the economic burden on families and society as a whole. "
            "The etiology and pathogenesis of POF are complex and not very clear at present. Currently, hormone "
            "replacement therapy is mainly used to improve the symptoms of low estrogen, but cannot fundamentally "
            "solve the fertility problem. In recent years, stem cell (SC) transplantation has become one of the "
            "research hotspots in the treatment of POF. The results from animal experiments bring hope for the "
            "recovery of ovarian function and fertility in patients with POF. In this article, we searched the "
            "published literature between 2000 and 2020 from the PubMed database, and summarized the preclinical "
            "research data and possible therapeutic mechanism of [[mesenchymal stem cells|c:msc]] ([[MSCs|c:msc]]) "
            "in the treatment of POF. Our aim is to provide useful information for understanding POF and reference "
            "for follow-up research and treatment of POF."),
        notes=("Review abstract (the stored copy's link markup around the PubMed URL dropped). Facts: MSC "
               "mentions only (general statements: no species). Traps: 'stem cell (SC) transplantation' (generic), "
               "'low estrogen' (disease description), 'hormone replacement therapy', 'between 2000 and 2020', "
               "'follow-up research' (not a follow-up duration)."),
        layout={"columns": 1, "font": "serif", "journal": "Front. Cell Dev. Biol. 2021"},
    ),
    RealText(
        id="en_review_hu2024_msc_poi_editorial", lang="en", kind="review",
        title="Application of [[mesenchymal stem cell|c:msc]] therapy for premature ovarian insufficiency: Recent "
              "advances from mechanisms to therapeutics",
        authors="Hang-Qi Hu, Xi-Yan Xin, Yu-Tian Zhu, Rui-Wen Fan, Hao-Lin Zhang, Yang Ye, Dong Li",
        journal="World Journal of Stem Cells 16(1):1-6", year=2024, doi="10.4252/wjsc.v16.i1.1",
        url="https://www.wjgnet.com/1948-0210/full/v16/i1/1.htm", licence="CC BY-NC 4.0 (Baishideng open access)",
        abstract=(
            "The incidence of premature ovarian insufficiency (POI) is increasing worldwide, particularly among "
            "younger women, posing a significant challenge to fertility. In addition to menopausal symptoms, POI "
            "leads to several complications that profoundly affect female reproductive function and overall "
            "health. Unfortunately, current clinical treatment strategies for this condition are limited and often "
            "yield unsatisfactory outcomes. These approaches typically involve hormone replacement therapy combined "
            "with psychological support. Recently, [[mesenchymal stem cell|c:msc]] ([[MSC|c:msc]]) therapies for "
            "POI have garnered considerable attention in global research. [[MSCs|c:msc]] can restore ovarian "
            "reproductive and endocrine functions through diverse mechanisms, including controlling "
            "differentiation, promoting angiogenesis, regulating ovarian fibrosis, inhibiting apoptosis, enhancing "
            "autocrine and paracrine effects, suppressing inflammation, modulating the immune system, and genetic "
            "regulation. This editorial offers a succinct summary of the application of [[MSC|c:msc]] therapy in "
            "the context of POI, providing evidence for groundbreaking medical approaches that have potential to "
            "enhance reproductive health and overall well-being for women."),
        body=[
            "**Core Tip:** Premature ovarian insufficiency (POI) is an increasing cause of infertility globally, "
            "particularly among younger women, with profound effects on reproductive function and health. With "
            "limited treatment options and unsatisfactory results, the use of [[mesenchymal stem cell|c:msc]] "
            "([[MSC|c:msc]]) therapies offers promising transformative approaches to restore ovarian function and "
            "enhance reproductive health in women. This article provides a concise overview and evidence of the "
            "potential benefits of [[MSC|c:msc]] therapy for POI.",
        ],
        notes=("Editorial abstract and core tip. Only MSC mentions; 'restore ovarian reproductive and endocrine "
               "functions' names no hormone (no hormone_change)."),
        layout={"columns": 2, "font": "sans", "journal": "World J Stem Cells 2024 January 26; 16(1): 1-6"},
    ),
    RealText(
        id="en_review_geng2023_ev_poi", lang="en", kind="review",
        title="Stem cell-derived [[extracellular vesicles|c:ev]]: A novel and potential remedy for primary ovarian "
              "insufficiency",
        authors="Zixiang Geng, Hailing Guo, Yifei Li, Ying Liu, Yongfang Zhao",
        journal="Frontiers in Cell and Developmental Biology (mini review)", year=2023, doi="10.3389/fcell.2023.1090997",
        url="https://frontiersin.org/articles/10.3389/fcell.2023.1090997/full", licence="CC BY 4.0",
        abstract=(
            "Primary ovarian insufficiency (POI) is an essential cause of young female fertility loss. At present, "
            "there are many treatments for primary ovarian insufficiency, but due to the complexity of the "
            "pathogenesis of primary ovarian insufficiency, the efficacy still could not be satisfactory. Stem cell "
            "transplantation is a feasible intervention protocol for primary ovarian insufficiency. However, its "
            "wide application in the clinic is limited by some defects such as tumorigenic and controversial "
            "ethical issues. Stem cell-derived [[extracellular vesicles|c:ev]] ([[EVs|c:ev]]) represent an "
            "important mode of intercellular communication attracting increasing interest. It is well documented "
            "that stem cell-derived [[extracellular vesicles|c:ev]] for primary ovarian insufficiency with exciting "
            "therapeutic effects. Studies have found that stem cell-derived [[extracellular vesicles|c:ev]] could "
            "improve ovarian reserve, increase the growth of follicles, reduce follicle atresia, and restore "
            "hormone levels of FSH and E2."),
        notes=("Mini-review abstract (cut at a sentence end). EV mentions are facts. 'restore hormone levels of "
               "FSH and E2' states no direction: no hormone_change (ANNOTATION.md: a change needs a stated "
               "direction). 'improve ovarian reserve' names no contract hormone. 'Stem cell transplantation' "
               "is generic."),
        layout={"columns": 1, "font": "serif", "journal": "Front. Cell Dev. Biol. 2023"},
    ),
    RealText(
        id="en_review_scrt2021_hucmsc_pof", lang="en", kind="review",
        title="Transplantation of [[human umbilical cord mesenchymal stem cells|c:uc]] to treat premature ovarian "
              "failure",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Stem Cell Research & Therapy", year=2021, doi="10.1186/s13287-021-02529-w",
        url="https://stemcellres.biomedcentral.com/articles/10.1186/s13287-021-02529-w", licence="CC BY 4.0",
        abstract=(
            "As one of the problems and diseases for women before 40 years, premature ovarian failure (POF) could "
            "be characterized by amenorrhea, low estrogen levels, infertility, high gonadotropin levels, and lack "
            "of mature follicles. Causes of the disease involve some genetic disorders, autoimmunity diseases, and "
            "environmental factors. Various approaches have been employed to treat POF, however with limited "
            "success. Today, stem cells are used to treat POF, since they have the potential to self-repair and "
            "regenerate, and are effective in treating ovarian failure and infertility. As "
            "[[mesenchymal stem cell|c:msc]] ([[MSC|c:msc]]) could simultaneously activate several mechanisms, many "
            "researchers consider [[MSC|c:msc]] transplantation to be the best and most effective approach in cell "
            "therapy. A good source for [[mesenchymal stem cells|c:msc]] is human umbilical cord "
            "([[HUCMSC|c:uc]]). Animal models with cyclophosphamide are required for stem cell treatment and "
            "performance of [[HUCMSC|c:uc@animal]] transplantation. Stem cell therapy could indicate the levels of "
            "ovarian markers and follicle-stimulating hormone receptor. It also increases ovarian weight, plasma "
            "[[E2|h:E2,inc@animal]] levels, and the amount of standard follicles. Herein, the causes of POF, "
            "effective treatment strategies, and the effect of [[HUCMSC|c:uc]] transplantation for the treatment "
            "of premature ovarian failure are reviewed. Many studies have been conducted in this field, and the "
            "results have shown that stem cell treatment is an effective approach to treat infertility."),
        notes=("Review abstract. The HUCMSC animal-model sentences carry species 'animal' (no species named); the "
               "E2 increase ('increases ... plasma E2 levels') follows them and is filed as an animal finding. "
               "Traps: 'low estrogen levels', 'high gonadotropin levels' (disease description), 'before 40 "
               "years', 'follicle-stimulating hormone receptor' (a receptor, not FSH), 'ovarian weight', "
               "'stem cells' generic, 'human umbilical cord' in 'A good source ... is human umbilical cord "
               "(HUCMSC)': the tissue is not a cell type, the abbreviation HUCMSC is."),
        layout={"columns": 2, "font": "serif", "journal": "Stem Cell Research & Therapy (2021)"},
    ),
    RealText(
        id="en_review_scrt2018_bmsc_pof", lang="en", kind="review",
        title="The therapeutic potential of [[bone marrow mesenchymal stem cells|c:bm]] in premature ovarian "
              "failure",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Stem Cell Research & Therapy", year=2018, doi="10.1186/s13287-018-1008-9",
        url="https://stemcellres.biomedcentral.com/articles/10.1186/s13287-018-1008-9", licence="CC BY 4.0",
        abstract=(
            "With the development of regenerative medicine, a variety of [[mesenchymal stem cells|c:msc]] "
            "([[MSCs|c:msc]]) are increasingly considered for the treatment of premature ovarian failure (POF). "
            "Reportedly, [[bone marrow-derived MSCs|c:bm]] ([[BMSCs|c:bm]]) improve the ovarian reserve, which "
            "mainly depends on homing and paracrine activities. Furthermore, paracrine factors secreted by these "
            "stem cells play an important role in ovarian recovery. Relevant studies indicate that [[BMSC|c:bm@animal]] "
            "transplantation has some positive effects on the treatment of POF in animals, but [[BMSCs|c:bm]] are "
            "not widely applied in clinical therapy. Clinical trials are ongoing despite the fact that several "
            "patients experiencing [[BMSC|c:bm]] transplantation recover their normal menstrual cycles and even "
            "give birth to babies. In this review, we discuss the possible therapeutic mechanisms of "
            "[[BMSCs|c:bm]] for POF, migration, antiapoptosis, antifibrosis, angiogenesis, anti-inflammation, "
            "immunoregulation, and oxidative stress, which provide the theoretical basis for further study and "
            "clinical therapy."),
        notes=("Review abstract. 'BMSC transplantation ... in animals' carries species animal (no species named). "
               "'several patients' is not a number (no sample_size). 'improve the ovarian reserve' names no "
               "contract hormone. 'not widely applied' is not a negation of a fact of a study."),
        layout={"columns": 1, "font": "sans", "journal": "Stem Cell Research & Therapy (2018)"},
    ),
    RealText(
        id="en_case_jmcr2020_intraovarian_bmsc", lang="en", kind="case",
        title="[[Intraovarian injection|r:io]] of autologous [[human mesenchymal stem cells|c:msc]] increases "
              "[[estrogen|h:E2,inc]] production and reduces menopausal symptoms in women with premature ovarian "
              "failure: [[two case reports|n:2]] and a review of the literature",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Journal of Medical Case Reports", year=2020, doi="10.1186/s13256-020-02426-5",
        url="https://jmedicalcasereports.biomedcentral.com/articles/10.1186/s13256-020-02426-5",
        licence="CC BY 4.0",
        abstract=(
            "**Background** Premature ovarian failure is a relatively common condition that affects 1–3% of adult "
            "women. Premature ovarian failure occurs when there is loss of ovarian function in women younger than "
            "40 years of age. The causes are mostly iatrogenic or idiopathic. Amenorrhea and infertility are the "
            "most important clinical manifestations. So far, no therapeutic intervention has been proved effective "
            "in restoring fertility in patients with premature ovarian failure. Attempts to stimulate ovarian "
            "function through hormone manipulation typically prove unsuccessful, and patients usually resort to "
            "egg donation to achieve pregnancy. In our preclinical work, [[intraovarian administration|r:io@mouse]] "
            "of [[human bone marrow–derived mesenchymal stem cells|c:bm@mouse]] was able to restore ovarian hormone "
            "production, reactivate folliculogenesis, and reverse infertility in a chemotherapy-induced ovarian "
            "failure mouse model."),
        body=[
            "**Case presentation** We present [[two cases|n:2]] of Caucasian women with premature ovarian failure "
            "who resumed ovarian [[estrogen|h:E2,inc]] production and menses 7 months following autologous "
            "[[bone marrow–derived mesenchymal stem cell|c:bm]] [[injections into the ovary|r:io]]. This pilot clinical "
            "study is registered with ClinicalTrials.gov (identifier NCT02696889). In this report, we present data "
            "from our first two cases that have completed study procedures so far. The "
            "[[bone marrow–derived mesenchymal stem cells|c:bm]] were harvested from the bone marrow of the iliac "
            "crest of the patients with premature ovarian failure and nucleated cells concentrated and enriched in "
            "[[bone marrow–derived mesenchymal stem cells|c:bm]] intraoperatively, and then "
            "[[injected into the patient’s right ovary via laparoscopy|r:io,lap]].",
        ],
        notes=("Two case reports. Sample size: 'two case reports' (title) and 'two cases' = 2 patients; 'our "
               "first two cases that have completed study procedures' restates the same patients as a subset of "
               "the pilot (not marked). The preclinical sentence is a mouse study (species mouse). 'estrogen "
               "production' increasing is E2 increase (title and case presentation). Routes: 'injections into the "
               "ovary' (intraovarian, guidance not in that sentence) and 'injected into the patient’s right ovary via "
               "laparoscopy' (guidance laparoscopic). Traps: '1–3%', 'younger than 40 years', '7 months following' (time to an outcome, "
               "not a follow-up duration), the trial identifier, 'bone marrow of the iliac crest' (harvest "
               "site), 'nucleated cells'."),
        layout={"columns": 2, "font": "serif", "journal": "Journal of Medical Case Reports (2020)"},
    ),
    RealText(
        id="en_clinical_scrt2023_mensc_por", lang="en", kind="clinical",
        title="The effects of [[intraovarian injection|r:io]] of autologous "
              "[[menstrual blood-derived mesenchymal stromal cells|c:men]] on pregnancy outcomes in women with poor "
              "ovarian response",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Stem Cell Research & Therapy", year=2023, doi="10.1186/s13287-023-03568-1",
        url="https://stemcellres.biomedcentral.com/articles/10.1186/s13287-023-03568-1", licence="CC BY 4.0",
        abstract=(
            "**Background** Assisted reproduction faces a significant obstacle in the form of poor ovarian response "
            "(POR) to controlled ovarian stimulation. To address this challenge, "
            "[[mesenchymal stem cell|c:msc]] therapy has been proposed as a potential treatment for female "
            "infertility and/or restoration of ovarian function in POR women. Our previous research has "
            "demonstrated that [[menstrual blood-derived-mesenchymal stromal cells|c:men]] ([[MenSCs|c:men]]) "
            "[[injected into the ovaries|r:io]] of women with POR can increase pregnancy rates. The objective of "
            "this study was to examine whether [[MenSC|c:men]] therapy could enhance ovarian reserve parameters and "
            "pregnancy outcomes in a larger population of individuals with POR."),
        body=[
            "**Method** This study consisted of [[180 infertile individuals|n:180]] with POR who declined oocyte "
            "donation. Participants were divided into two groups: those who received bilateral "
            "[[MenSCs|c:men]] [[intraovarian injection|r:io]] and those who received no intervention. Our primary "
            "aim was to compare the rates of spontaneous pregnancy between the two groups, followed by an "
            "investigation of any alterations in the ovarian reserve parameters, such as serum FSH, AMH, and AFC "
            "levels, as well as the ICSI/IVF outcomes, in both groups of participants.",
            "**Results** The [[MenSC|c:men]] therapy exhibited a favourable tolerability profile and did not raise "
            "any safety concerns. Following the [[2-month follow-up period|f:2,month]], women who received "
            "[[MenSC|c:men]] treatment demonstrated a significantly higher rate of spontaneous pregnancy "
            "(P < 0.005) and an improvement in anti-Müllerian hormone ([[AMH|h:AMH,inc]]) levels (P = 0.0007) and "
            "antral follicle count ([[AFC|h:AFC,inc]]) (P < 0.001), whereas the control group demonstrated a "
            "considerable decline in these parameters (Both P < 0.001). The [[MenSC|c:men]] therapy led to a "
            "greater number of mature oocytes and embryos among women who underwent ICSI/IVF.",
        ],
        notes=("Controlled clinical study in poor responders (diminished ovarian reserve). Sample size 180 (the "
               "two groups' sizes are not stated in the abstract). 'bilateral MenSCs intraovarian injection' is "
               "one route fact (no count of sessions: 'bilateral' is both ovaries). 'improvement in AMH ... and "
               "AFC' = increases; the control group's decline is a change without intervention (not a fact). "
               "The measured list 'serum FSH, AMH, and AFC levels' has no direction. 'Our previous research' "
               "(cited clinical study) gives its cell and route facts too (human, no species). Traps: P values, "
               "'ICSI/IVF', 'mature oocytes and embryos'."),
        layout={"columns": 1, "font": "serif", "journal": "Stem Cell Research & Therapy (2023)"},
    ),
    RealText(
        id="zh_review_hanspub2024_dor_tcm", lang="zh", kind="review",
        title="卵巢储备功能低下的中西医研究进展",
        authors="包正倩, 邓颖",
        journal="中医学 13(4): 793-801", year=2024, doi="10.12677/tcm.2024.134125",
        url="https://hanspub.org/journal/PaperInformation?paperID=85437",
        licence="CC BY 4.0 (Hans Publishers, all articles)",
        abstract=(
            "**摘要:** 卵巢储备功能是指卵巢内残存卵泡的数量和质量,反映女性生育潜能。卵巢储备功能低下是妇产科的常见病之一,"
            "临床表现为月经量减少、月经紊乱、月经稀发、闭经乃至不孕不育等一系列内分泌功能紊乱的疾病,卵巢储备功能低下的"
            "发展呈渐进性,约1~6年可发展为卵巢早衰。目前,临床上主要采用激素替代疗法、免疫治疗、干细胞移植、辅助生育、"
            "心理干预等方法,但是存在较多不良反应。近年来,随着中医药的发展,许多研究发现,中医药治疗卵巢储备功能低下疗效"
            "显著,不良反应少,能为广大女性患者所接受。"),
        notes=("Chinese review abstract (bilingual in the source; the English abstract is printed after it). A "
               "negative text: '干细胞移植' is generic (干细胞 alone is not a cell type), '约1~6年' is a "
               "progression time, not a follow-up. No facts."),
        layout={"columns": 1, "font": "serif", "journal": "中医学 2024年 第13卷 第4期",
                "keywords": "许可：CC BY 4.0",
                "en_title": "Research Progress in Traditional Chinese and Western Medicine with Low Ovarian Reserve",
                "en_abstract": (
                    "**Abstract:** Ovarian reserve refers to the number and quality of remaining follicles in the "
                    "ovaries, reflecting the fertility potential of women. Low ovarian reserve is one of the common "
                    "diseases in obstetrics and gynecology, which is clinically manifested as a series of endocrine "
                    "disorders such as decreasing menstrual flow, menstrual disorders, oligomenorrhea, amenorrhea "
                    "and even infertility, and the development of low ovarian reserve is gradual, which can develop "
                    "into premature ovarian failure in about 1 - 6 years. At present, hormone replacement therapy, "
                    "immunotherapy, stem cell transplantation, assisted reproduction, psychological intervention "
                    "and other methods are mainly used in clinical practice, but there are many adverse reactions. "
                    "In recent years, with the development of traditional Chinese medicine, many studies have found "
                    "that traditional Chinese medicine has significant efficacy in the treatment of low ovarian "
                    "reserve, with few adverse reactions, and can be accepted by the majority of female patients."),
                "en_keywords": "Licence: CC BY 4.0"},
    ),

    # English texts, second batch
    RealText(
        id="en_clinical_mashayekhi2021_adsc_pof", lang="en", kind="clinical", batch=2,
        title="Evaluation of safety, feasibility and efficacy of [[intra-ovarian transplantation|r:io]] of autologous "
              "[[adipose derived mesenchymal stromal cells|c:ad]] in idiopathic premature ovarian failure patients: "
              "non-randomized clinical trial, phase I, first in human",
        authors="M Mashayekhi, E Mirzadeh, Z Chekini, F Ahmadi, P Eftekhari-Yazdi, S Vesali, T Madani, N Aghdami",
        journal="Journal of Ovarian Research 14:5", year=2021, doi="10.1186/s13048-020-00743-3",
        url="https://ovarianresearch.biomedcentral.com/articles/10.1186/s13048-020-00743-3",
        licence="CC BY 4.0 (BMC, all articles)",
        abstract=(
            "**Background** Premature ovarian failure (POF) is characterized by the loss of ovarian activity before "
            "the age of 40 years. Stem cell therapy has the capability to create a regenerative microenvironment and "
            "is a proposed treatment for POF-related infertility due to the presence of renewal folliculogenesis and "
            "germ cells in the adult ovaries. In this study, we assessed the safety, feasibility, efficacy and dose "
            "adjustment of autologous [[adipose-derived stromal cells|c:ad]] ([[ADSCs|c:ad]]) and their ability to "
            "improve ovarian function in POF patients."),
        body=[
            "**Methods** This study was a non-randomized clinical trial, phase I. [[Nine women|n:9]] with a "
            "definitive diagnosis of POF were divided into three groups ([[n = 3|n:3]] per group) that received either "
            "[[5 × 10^{6}|d:5e6,cells,-]], [[10 × 10^{6}|d:1e7,cells,-]], or [[15 × 10^{6}|d:1.5e7,cells,-]] "
            "autologous [[ADSCs|c:ad]] suspension [[transplanted in the one ovary|r:io]]. Participants were "
            "followed-up at 24 h after the transplantation, and at 1 and 2 weeks, and 1, 2, 3, 6, and "
            "[[12 months|f:12,month]] after the transplantation. The primary objective was to evaluate the safety of "
            "[[ADSCs|c:ad]] transplantation. Secondary objectives included the effects of [[ADSCs|c:ad]] "
            "transplantation on the resumption of menstruation, hormones level (Follicle-stimulating hormone (FSH) "
            "and anti-Müllerian hormone), ovarian function (Antral follicle count and ovary volume by "
            "ultrasonography evaluation) as well as dose escalation.",
            "**Results** Participants had not shown any early-onset possible side effects and secondary "
            "complications during follow-up. The menstruation resumption was observed in four patients which "
            "established for several months. In the [[15 × 10^{6}|d:1.5e7,cells,-]] group, two POF patients had a "
            "return of menstruation second months after the intervention.",
        ],
        notes=("Phase I dose-escalation trial (clinical, no species). The stored page prints the doses as "
               "'5 × 106' (superscript flattened); written here as 10^6. Sample size: 'Nine women' (9) and the three "
               "pre-specified dose arms '(n = 3 per group)' (one mention, n 3). Doses: three values in a list, one "
               "fact each, per null ('transplanted in the one ovary' gives the route, not a per-ovary wording); the "
               "group label 'the 15 × 10^6 group' in the results names the dose given to that arm and is marked as "
               "a dose mention. Follow-up: a list of visits (24 h ... 12 months after the transplantation) gives one "
               "fact, the last time point. Traps: 'before the age of 40 years', the measured hormones listed "
               "without direction (FSH, AMH, AFC, ovary volume), 'four patients' and 'two POF patients' (outcome "
               "counts), 'second months after the intervention' (time to an outcome), 'during follow-up' (no "
               "length), 'Stem cell therapy' (generic)."),
        layout={"columns": 2, "font": "serif", "journal": "Journal of Ovarian Research (2021) 14:5"},
    ),
    RealText(
        id="en_animal_ai2023_adsc_rat_ctx", lang="en", kind="animal", batch=2,
        title="[[Adipose-derived stem cells|c:ad]] promote the repair of chemotherapy-induced premature ovarian "
              "failure by inhibiting granulosa cells apoptosis and senescence",
        authors="Guihai Ai, Meng Meng, Jing Guo, Caixia Li, Jihui Zhu, Li Liu, Biting Liu, Wenhan Yang, Xiaowen "
                "Shao, Zhongping Cheng, Lian Wang",
        journal="Stem Cell Research & Therapy 14:75", year=2023, doi="10.1186/s13287-023-03297-5",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC10088140", licence="CC BY 4.0 (BMC, all articles)",
        species="rat",
        abstract=(
            "**Background** Chemotherapeutic drugs, particularly alkylating cytotoxics such as cyclophosphamide "
            "(CTX), play an important role to induce premature ovarian failure (POF). Hormone replacement therapy "
            "(HRT) is a widely used treatment to improve hormone secretion. However, the long-term HRT increases the "
            "risk of breast cancer and cardiovascular disease are attracting concerns. Therefore, there is an urgent "
            "need to develop a safe and effective treatment for POF."),
        body=[
            "**Method** [[Adipose-derived stem cells|c:ad]] ([[ADSCs|c:ad]]) were isolated and identified from "
            "human adipose tissue. For POF modeling, CTX were [[intraperitoneal injected|r:ip]] into CTX-acute group, "
            "CTX-chronic group, CTX-acute + [[ADSCs|c:ad]] group and CTX-chronic + [[ADSCs|c:ad]] group rats; For "
            "transplantation, [[ADSCs|c:ad]] were transplanted into POF rats [[through tail-vein|r:iv]]. The "
            "control group rats were injected with PBS. The effects of POF modeling and transplantation were "
            "determined by estrous cycle analysis, histopathological analysis, immunohistochemical staining and "
            "apoptosis-related marker. To evaluate the effects of [[ADSC|c:ad@human]] on granulosa cells in vitro, "
            "CTX-induced senescent KGN cells were co-cultured with [[ADSCs|c:ad@human]], and senescent-related "
            "marker expression was investigated by immunofluorescent staining.",
            "**Results** In vivo studies revealed that [[ADSCs|c:ad]] transplantation reduced the apoptosis of "
            "ovarian granulosa cells and secretion of [[follicle-stimulating hormone|h:FSH,dec]].",
        ],
        notes=("Rat study (species rat). The in-vitro co-culture with the human granulosa-like KGN cell line is "
               "not an animal experiment: its two ADSC mentions carry no species. 'ADSCs transplantation reduced "
               "... secretion of follicle-stimulating hormone' is an FSH decrease in treated rats. Traps: 'Hormone "
               "replacement therapy ... to improve hormone secretion' (no named hormone), HRT 'increases the risk' "
               "(not a hormone), the PBS control injection (no route of a therapy or model drug), CTX without a "
               "dose, 'human adipose tissue' (a tissue)."),
        layout={"columns": 1, "font": "sans", "journal": "Stem Cell Research & Therapy (2023) 14:75"},
    ),
    RealText(
        id="en_animal_sun2013_adsc_mice", lang="en", kind="animal", batch=2,
        title="[[Adipose-derived stem cells|c:ad]] improved mouse ovary function after chemotherapy-induced ovary "
              "failure",
        authors="Min Sun, Shufang Wang, Yi Li, Ling Yu, Fang Gu, Changyong Wang, Yuanqing Yao",
        journal="Stem Cell Research & Therapy 4", year=2013,
        doi="(DOI not shown in the stored copy; Stem Cell Research & Therapy 2013, issue 4)",
        url="https://ouci.dntb.gov.ua/en/works/4rj0ZqM4", licence="CC BY (BMC, all articles)",
        species="mouse",
        abstract=(
            "**Introduction** Young patients receiving chemotherapy occasionally face infertility and premature "
            "ovarian failure (POF). Numerous investigations reported that [[adipose-derived stem cells|c:ad@human]] "
            "([[ADSCs|c:ad@human]]) transplantation could ameliorate the structure and function of injured tissues. "
            "The aim of this study was to explore the therapeutic efficacy of [[ADSC|c:ad]] transplantation for "
            "chemotherapy-induced ovarian damage."),
        body=[
            "**Methods** Female mice were [[injected intraperitoneally|r:ip]] with [[50 mg/kg|d:50,mg/kg,-]] "
            "cyclophosphamide (CTX). After 15 consecutive days of injection, [[ADSCs|c:ad]] were transplanted either "
            "[[directly into bilateral ovaries|r:io]] or [[via intravenous injection|r:iv]], and the ovaries were "
            "excised after either [[1 week|f:1,week]] or [[1 month|f:1,month]] of treatment. The follicles were "
            "counted and categorized, and ovarian histologic sections were stained for TUNEL. Ovarian function was "
            "evaluated by monitoring ovulation. [[ADSC|c:ad]] tracking, microarray analyses, and real-time "
            "polymerase chain reaction (PCR) were used to assess the inner mechanism of injury and repair.",
            "**Results** The ovarian function of mice exposed to CTX injection improved after [[ADSC|c:ad]] "
            "transplantation. The population of follicles at different stages and ovulation significantly "
            "increased after the treatment. Immunofluorescence revealed reduced TUNEL staining. The tracking of "
            "[[ADSCs|c:ad]] revealed that these cells did not directly differentiate into the follicle component.",
        ],
        notes=("Mouse study (species mouse). The cited 'numerous investigations' on ADSC transplantation for "
               "injured tissues are general (no species). Routes: CTX 'injected intraperitoneally' (model drug, "
               "mouse), ADSCs 'directly into bilateral ovaries' (intraovarian; 'bilateral' is not a session count) "
               "and 'via intravenous injection'. Follow-up: ovaries excised after either 1 week or 1 month of "
               "treatment (two facts). Traps: '15 consecutive days of injection' (a duration of daily dosing, no "
               "sessions), 'Young patients' (no number), 'ovulation significantly increased' (no hormone). The "
               "stored copy (a citation index page) shows no DOI."),
        layout={"columns": 2, "font": "sans", "journal": "Stem Cell Research & Therapy 2013"},
    ),
    RealText(
        id="en_animal_li2021_hucmsc_exos_hippo", lang="en", kind="animal", batch=2,
        title="[[Human Umbilical Cord Mesenchymal Stem Cell|c:uc]]-Derived [[Exosomes|c:ev]] Improve Ovarian Function "
              "and Proliferation of Premature Ovarian Insufficiency by Regulating the Hippo Signaling Pathway",
        authors="Zhongkang Li, Mingle Zhang, Jiahua Zheng, Yanpeng Tian, Huihui Zhang, Yi Tan, Qian Li, Jingkun "
                "Zhang, Xianghua Huang",
        journal="Frontiers in Endocrinology 12:711902", year=2021, doi="10.3389/fendo.2021.711902",
        url="https://www.frontiersin.org/articles/10.3389/fendo.2021.711902/full",
        licence="CC BY 4.0 (Frontiers, all articles)", species="mouse",
        abstract=(
            "**Background:** Premature ovarian insufficiency (POI) is associated with severe physical damage and "
            "psychological burden on women. Transplantation of [[exosomes|c:ev@human]] is an encouraging "
            "regenerative medicine method, which has the potential for restoring ovarian functions on POI with high "
            "efficiency. This study aims at evaluating the therapeutic efficacy of "
            "[[human umbilical cord mesenchymal stem cell|c:uc]]-derived [[exosomes|c:ev]] "
            "([[hUCMSC|c:uc]]-[[Exos|c:ev]]) on ovarian dysfunction of POI and the role of Hippo pathway in this "
            "[[exosome|c:ev]]-mediated treatment."),
        body=[
            "**Methods:** POI mice models were established through [[intraperitoneal injection|r:ip]] of "
            "cyclophosphamide. Subsequently, transplantation of [[hUCMSC|c:uc]]-[[Exos|c:ev]] was conducted to "
            "administer POI mice. Ovaries and plasma of these mice models were harvested after "
            "[[two weeks|f:2,week]] of treatment. Ovarian morphology and follicle number were assessed by "
            "hematoxylin and eosin staining. Moreover, ELISA was used to detect hormone levels, which are related "
            "to ovarian function in serum. To assess the recovery of reproductive ability, we recorded the rate of "
            "pregnancy, the amount of offspring, and the time of birth in different groups. To explore the "
            "underlying mechanisms of [[exosome|c:ev]]-mediated treatment for ovarian function recovery, the "
            "proliferation of ovarian cells in vivo was detected by immunohistochemistry and immunofluorescence "
            "staining. Additionally, we conducted EdU and CCK-8 assays to assess the proliferative ability of "
            "ovarian granulosa cells (GCs) that were cultured in vitro. Western blot analysis was conducted to "
            "estimate the proteins levels of Hippo- and proliferation-associated molecules in vivo and in vitro.",
        ],
        notes=("Mouse study (species mouse); the Results paragraph is not included (the stored copy breaks off in "
               "it). 'hUCMSC-derived exosomes' and the abbreviation 'hUCMSC-Exos' give two mentions each "
               "(umbilical_cord_msc, extracellular_vesicle), as 'hiMSC exosomes' and 'MSC-derived exosomes' do in "
               "earlier entries; 'exosome-mediated treatment' names the therapy (ev). The general sentence "
               "'Transplantation of exosomes is an encouraging regenerative medicine method' carries no species. "
               "Follow-up: ovaries and plasma harvested after two weeks of treatment. Traps: 'hormone levels' (no "
               "named hormone, no direction), cyclophosphamide without dose, in-vitro granulosa cells."),
        layout={"columns": 1, "font": "serif", "journal": "Front. Endocrinol. 2021; 12:711902"},
    ),
    RealText(
        id="en_animal_liu2022_ceffe_mice", lang="en", kind="animal", batch=2,
        title="Cell-free fat extract improves ovarian function and fertility in mice with premature ovarian "
              "insufficiency",
        authors="Mengyu Liu, Dan Zhang, Xiaowei Zhou, Jingru Duan, Yanqin Hu, Wenjie Zhang, Qiang Liu, Bufang Xu, "
                "Aijun Zhang",
        journal="Stem Cell Research & Therapy", year=2022,
        doi="(DOI not shown in the stored copy; Stem Cell Research & Therapy 2022, issue 1)",
        url="https://ouci.dntb.gov.ua/en/works/4NrAgnY4", licence="CC BY (BMC, all articles)", species="mouse",
        abstract=(
            "**Background** Premature ovarian insufficiency (POI) is a refractory disease that seriously affects the "
            "reproductive health of women and is increasing in incidence and prevalence globally. There is enormous "
            "demand to improve fertility in women with POI, while there is still lack of effective therapeutic "
            "methods in clinic. Cell-free fat extract (CEFFE) has been reported to contain thousands of active "
            "proteins which possess the ability to promote tissue repair in other diseases. In our study, we aimed "
            "to observe the efficacy and biosecurity of CEFFE on the repair of ovarian function and fertility of "
            "mice with POI and further explore the underlying mechanism."),
        body=[
            "**Methods** In vivo, POI mice model, established by cyclophosphamide (CTX, [[120 mg/kg|d:120,mg/kg,-]]) "
            "and busulfan (BUS, [[12 mg/kg|d:12,mg/kg,-]]), was treated with CEFFE [[via the tail vein|r:iv]] every "
            "two days for 2 weeks. Then, the weight of ovaries, estrous cycle and follicle count by H&E staining "
            "were measured. The content of AMH, E_{2} and FSH in serum was measured by Enzyme-linked immunosorbent "
            "assay. Fertility was evaluated by the number of oocytes retrieved, the development of embryos in vitro "
            "and the litter size. Biosecurity of parent mice and their pups were examined by body mass and visceral "
            "index. The proliferation and apoptosis of cells in ovaries were examined by immunohistochemistry and "
            "transmission electron microscopy.",
        ],
        notes=("Mouse study of a cell-free product: cell-free fat extract (CEFFE) is not a cell type (guide), so "
               "the text has no cell_type fact. Facts: the model drugs' doses (CTX 120 mg/kg, busulfan 12 mg/kg, "
               "mouse) and the route of the treatment ('via the tail vein', intravenous). Traps: 'every two days for "
               "2 weeks' (a frequency and a duration: no sessions count, no follow-up), the measured hormones "
               "'AMH, E2 and FSH' (a list without direction), 'thousands of active proteins', 'the litter size'. "
               "The stored copy (a citation-index page) shows no DOI; the Results are not included (cut at a "
               "sentence end inside Methods)."),
        layout={"columns": 2, "font": "serif", "journal": "Stem Cell Research & Therapy (2022)"},
    ),
    RealText(
        id="en_animal_scrt2021_bmmsc_pmsg_vsel_rats", lang="en", kind="animal", batch=2,
        title="[[Bone marrow-derived mesenchymal stem cells|c:bm]] combined with gonadotropin therapy restore "
              "postnatal oogenesis of chemo-ablated ovaries in rats via enhancing very small embryonic-like stem cells",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Stem Cell Research & Therapy", year=2021, doi="10.1186/s13287-021-02415-5",
        url="https://stemcellres.biomedcentral.com/articles/10.1186/s13287-021-02415-5",
        licence="CC BY 4.0 (BMC, all articles)", species="rat",
        abstract=(
            "**Background** Very small embryonic-like stem cells (VSELs) are a rare population within the ovarian "
            "epithelial surface. They contribute to postnatal oogenesis as they have the ability to generate "
            "immature oocytes and resist the chemotherapy. These cells express markers of pluripotent embryonic and "
            "primordial germ cells."),
        body=[
            "**Objective** We aimed to explore the capability of VSELs in restoring the postnatal oogenesis of "
            "chemo-ablated rat ovaries treated with [[bone marrow-derived mesenchymal stem cells|c:bm]] "
            "([[BM-MSCs|c:bm]]) combined with pregnant mare serum gonadotropin (PMSG).",
            "**Methods** Female albino rats were randomly assigned across five groups: I (control), II "
            "(chemo-ablation), III (chemo-ablation + PMSG), IV (chemo-ablation + [[MSCs|c:msc]]), and V "
            "(chemo-ablation + PMSG + [[MSCs|c:msc]]). Postnatal oogenesis was assessed through measurement of OCT4, "
            "OCT4A, Scp3, Mvh, Nobox, Dazl4, Nanog, Sca-1, FSHr, STRA8, Bax, miR143, and miR376a transcript levels "
            "using qRT-PCR. Expression of selected key proteins were established as further confirmation of "
            "transcript expression changes. Histopathological examination and ovarian hormonal assessment were "
            "determined.",
            "**Results** Group V displayed significant upregulation of all measured genes when compared with group "
            "II, III or IV. Protein expression confirmed the changes in transcript levels as group V displayed the "
            "highest average density in all targeted proteins. These results were confirmed histologically by the "
            "presence of cuboidal germinal epithelium, numerous primordial, unilaminar, and mature Graafian "
            "follicles in group V.",
            "**Conclusion** VSELs can restore the postnatal oogenesis in chemo-ablated ovaries treated by "
            "[[BM-MSCs|c:bm]] combined with PMSG.",
        ],
        notes=("Rat study (species rat) with few facts: only cell-type mentions. 'MSCs' alone in the group labels is "
               "msc (guide: MSC/MSCs alone), although the groups received BM-MSCs. Traps: very small "
               "embryonic-like stem cells (VSELs) are the rats' own ovarian cells, not a therapy (and not "
               "embryonic_stem_cell); PMSG is a gonadotropin without dose or route; 'FSHr' is a receptor "
               "transcript; 'ovarian hormonal assessment' names no hormone; 'five groups' counts animal groups."),
        layout={"columns": 1, "font": "serif", "journal": "Stem Cell Research & Therapy (2021)"},
    ),
    RealText(
        id="en_review_huang2022_poi_therapeutic_options", lang="en", kind="review", batch=2,
        title="Therapeutic options for premature ovarian insufficiency: an updated review",
        authors="Qiao-yi Huang, Shao-rong Chen, Jia-ming Chen, Qi-yang Shi, Shu Lin",
        journal="Reproductive Biology and Endocrinology 20:28", year=2022, doi="10.1186/s12958-022-00892-8",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC8815154", licence="CC BY 4.0 (BMC, all articles)",
        abstract=(
            "Primary ovarian insufficiency (POI) is a rare gynecological condition. This disease causes menstrual "
            "disturbances, infertility, and various health problems. Historically, hormone replacement therapy is "
            "the first-line treatment for this disorder. Women diagnosed with POI are left with limited therapeutic "
            "options. In order to remedy this situation, a new generation of therapeutic approaches, such as in "
            "vitro activation, mitochondrial activation technique, stem cell and [[exosomes|c:ev]] therapy, "
            "biomaterials strategies, and platelet-rich plasma [[intra-ovarian infusion|r:io]], is being developed. "
            "However, these emerging therapies are yet in the experimental stage and require precise design "
            "components to accelerate their conversion into clinical treatments. Thus, each medical practitioner "
            "bears responsibility for selecting suitable therapies for individual patients. In this article, we "
            "provide a timely analysis of the therapeutic strategies that are available for POI patients and "
            "discuss the prospects of POI therapy."),
        body=[
            "**Background**",
            "Primary ovarian insufficiency (POI), also referred to as premature ovarian failure (POF), pertains to "
            "the loss of ovarian function under the age of 40 years [1]. It is characterized by a decrease in "
            "ovarian follicles, and a dirth of hormone secretion. Although the prevalence of POI was previously "
            "reported as varying between 0.9–1.2% [2], a national register study conducted in Sweden has indicated "
            "that the total prevalence of POI approximates 1.9% [3]. A recent meta-analysis conducted by Golezar et "
            "al., estimated that 3.7% of women worldwide are affected [4]. POI patients experience long term "
            "complications, such as osteoporosis, fractures, cardiovascular diseases and depression [5]. "
            "Furthermore, this disease shows great potential for destroying the hopes and dreams of parenthood.",
        ],
        notes=("Review: abstract and the first Background paragraph. Few facts. 'stem cell and exosomes therapy': "
               "'stem cell' is generic, 'exosomes' is extracellular_vesicle. 'platelet-rich plasma intra-ovarian "
               "infusion' names how a therapy is delivered: route intraovarian_injection (PRP itself is not a cell "
               "type). 'mitochondrial activation technique' is a technique, not mitochondria given as therapy (no "
               "cell type). Traps: 'under the age of 40 years', prevalences (0.9–1.2%, 1.9%, 3.7%), 'a dirth of "
               "hormone secretion' (no named hormone), 'a national register study' and 'a recent meta-analysis' "
               "(studies, not patients), 'hormone replacement therapy'."),
        layout={"columns": 2, "font": "sans", "journal": "Reprod Biol Endocrinol (2022) 20:28"},
    ),
    RealText(
        id="en_review_scrt2021_hmsc_pof_challenges", lang="en", kind="review", batch=2,
        title="[[Human mesenchymal stem cell|c:msc]] treatment of premature ovarian failure: new challenges and "
              "opportunities",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Stem Cell Research & Therapy", year=2021, doi="10.1186/s13287-021-02212-0",
        url="https://stemcellres.biomedcentral.com/articles/10.1186/s13287-021-02212-0",
        licence="CC BY 4.0 (BMC, all articles)",
        abstract=(
            "Premature ovarian failure (POF) is one of the common disorders found in women leading to 1% female "
            "infertility. Clinical features of POF are hypoestrogenism or estrogen deficiency, increased "
            "gonadotropin level, and, most importantly, amenorrhea. With the development of regenerative medicine, "
            "[[human mesenchymal stem cell|c:msc]] ([[hMSC|c:msc]]) therapy brings new prospects for POF. This study "
            "aimed to describe the types of [[MSCs|c:msc]] currently available for POF therapy, their biological "
            "characteristics, and their mechanism of action. It reviewed the latest findings on POF to provide the "
            "theoretical basis for further investigation and clinical therapy."),
        body=[
            "**Introduction**",
            "During 2007–2008, the term primary ovarian insufficiency (POI) was suggested to represent this dysfunction "
            "related to very early aging of the ovaries [2]. Causes of POF/POI are unknown and related to many "
            "complicated factors such as genetic defects [3], autoimmunity [4, 5], chemotherapy injury [6], and "
            "others; POF/POI can present as idiopathic [7]. Currently, the prevention and treatment of POF are "
            "extremely limited. The most commonly employed hormone replacement therapy cannot effectively recover "
            "ovarian function [8]. Thus, the demand for novel and effective therapeutics for POF has increased. "
            "[[Mesenchymal stem cells|c:msc]] ([[MSCs|c:msc]]) are highly important in regenerative medicine "
            "because of their inherent regenerative properties [9, 10]. Many reports suggested that "
            "[[human mesenchymal stem cell|c:msc]] ([[hMSC|c:msc]]) transplantation was a promising treatment for "
            "POF [11].",
        ],
        notes=("Review: abstract and the first Introduction paragraph from its third sentence (its second "
               "sentence holds a '≥' sign, which the Latin PDF font of corpus/make_real cannot print; the passage "
               "starts at the next sentence). Facts: MSC mentions only (human MSCs with no source named are msc; "
               "general statements carry no species). Traps: 'increased gonadotropin level', 'hypoestrogenism or "
               "estrogen deficiency' (disease descriptions, not changes after a treatment), '1% female "
               "infertility', '2007–2008', 'hormone replacement therapy cannot effectively recover ovarian "
               "function' (no hormone)."),
        layout={"columns": 1, "font": "serif", "journal": "Stem Cell Research & Therapy (2021)"},
    ),
    RealText(
        id="en_clinical_cakiroglu2020_prp_poi", lang="en", kind="clinical", batch=2,
        title="Effects of [[intraovarian injection|r:io]] of autologous platelet rich plasma on ovarian reserve and "
              "IVF outcome parameters in women with primary ovarian insufficiency",
        authors="Yigit Cakiroglu, Ayse Saltik, Aysen Yuceturk, Ozge Karaosmanoglu, Sule Yildirim Kopuk, Richard T. "
                "Scott Jr., Bulent Tiras, Emre Seli",
        journal="Aging 12(11):10211-10222", year=2020, doi="10.18632/aging.103403",
        url="https://www.aging-us.com/article/103403/text", licence="CC BY 3.0 (printed on the article page)",
        abstract=(
            "We aimed to determine whether [[intraovarian injection|r:io]] of autologous platelet rich plasma (PRP) "
            "improves response to ovarian stimulation and in vitro fertilization (IVF) outcome in women with primary "
            "ovarian insufficiency (POI). Women ([[N=311|n:311]]; age 24-40) diagnosed with POI based on ESHRE "
            "criteria underwent [[intraovarian PRP injection|r:io]]. Markers of ovarian reserve, and IVF outcome "
            "parameters were followed. PRP treatment resulted in increased antral follicle count ([[AFC|h:AFC,inc]]) "
            "and serum antimullerian hormone ([[AMH|h:AMH,inc]]), while serum follicle stimulating hormone "
            "([[FSH|h:FSH,nc]]) did not change significantly."),
        notes=("Cohort of women with POI treated by intraovarian platelet-rich plasma (a related treatment: PRP is "
               "not a cell type, so the text has no cell_type fact; its injection route is a route fact). The "
               "passage ends before the outcome counts (the stored copy continues with '23 women (7.4%) conceived "
               "spontaneously, ...'). 'N=311' is the sample size. Hormones: AFC and AMH increased (the phrase and "
               "its parenthesised abbreviation are one fact, marked on the abbreviation), FSH 'did not change "
               "significantly' (no_change). Traps: 'age 24-40', 'ESHRE criteria', 'Markers of ovarian reserve' (no "
               "named hormone)."),
        layout={"columns": 2, "font": "sans", "journal": "AGING 2020, Vol. 12, No. 11"},
    ),
    RealText(
        id="en_clinical_rbej2023_gcsf_priming_rct", lang="en", kind="clinical", batch=2,
        title="Granulocyte colony-stimulating factor priming improves embryos and pregnancy rate in patients with "
              "poor ovarian reserve: a randomized controlled trial",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Reproductive Biology and Endocrinology 21:29", year=2023, doi="10.1186/s12958-023-01082-w",
        url="https://rbej.biomedcentral.com/articles/10.1186/s12958-023-01082-w",
        licence="CC BY 4.0 (BMC, all articles)",
        abstract=(
            "**Background** Granulocyte colony-stimulating factor (G-CSF) administration increased ovarian "
            "preantral follicles and anti-Müllerian hormone ([[AMH|h:AMH,inc@animal]]) in animal models with "
            "diminished ovarian reserve. We investigated whether G-CSF priming before treatment with assisted "
            "reproductive technology (ART) improved embryo development and pregnancy rate while increasing serum "
            "AMH in patients with poor ovarian reserve."),
        body=[
            "**Methods** In this prospective randomized open-label controlled trial, [[100 patients|n:100]] 20 to 42 "
            "years old with AMH below 2 ng/mL were randomized to priming or control groups "
            "([[50 patients each|n:50]]). None had over 1 ART failure, day-3 follicle-stimulating hormone (FSH) above "
            "30 IU/L, uterine anomalies, or a partner with azoospermia. All patients initially underwent "
            "conventional infertility treatment for 2 consecutive cycles in which the priming group but not "
            "controls received a [[subcutaneous|r:sc]] G-CSF priming injection during the early luteal phase. Each "
            "group then underwent 1 cycle of in vitro fertilization/intracytoplasmic sperm injection and fresh "
            "embryo transfer (IVF/ICSI-fresh ET), followed by cryopreserved ET if needed until live birth or embryo "
            "depletion. AMH was measured before and after priming.",
            "**Results** Fertilization rate, embryonic development, and implantation rate by fresh ET were "
            "significantly improved by priming. Clinical and ongoing pregnancy rates by IVF/ICSI-fresh ET were "
            "significantly higher with priming (30% and 26% in 47 ART patients; 3 delivered with conventional "
            "treatment) than in controls (12% and 10% in 49 ART patients; 1 dropped out). With priming, "
            "significantly more patients achieved cryopreservation of redundant blastocysts.",
            "**Background**",
            "Ten years ago, we treated repeated implantation failure in [[10 women|n:10]] with diminished ovarian "
            "reserve by administering G-CSF in association with embryo transfers (ET), based upon previous reports "
            "[1, 2]. No short-term outcome improvements resulted, but serendipitously 3 of the 10 spontaneously "
            "became pregnant 2 months later. One of these pregnancies involved twins in a 45-year-old woman without "
            "ovulation induction. We hypothesized that G-CSF administration might have stimulated preantral follicle "
            "growth, with improved ovulation after 2 months.",
            "In diabetic rats, administration of G-CSF consistently decreased ovarian follicular degeneration as "
            "well as degeneration and fibrosis of ovarian stroma, while increasing serum anti-Müllerian hormone "
            "([[AMH|h:AMH,inc@rat]]) concentrations [3]. G-CSF administration also significantly increased ovarian "
            "preantral follicles and serum [[AMH|h:AMH,inc@rat]] in rats with diminished ovarian reserve induced by "
            "cisplatin [4].",
            "Considering our experience with the 3 patients and these G-CSF effects in animal models, we designed the "
            "present prospective randomized clinical trial examining whether G-CSF administration in the early "
            "luteal phases of each of 2 cycles (G-CSF priming) preceding the cycle involving assisted reproductive "
            "technology (ART) improved embryonic development and pregnancy rate following ART in patients with poor "
            "ovarian reserve, as well as whether priming increased serum AMH concentrations. We also investigated "
            "associations between effects of G-CSF priming and killer-cell immunoglobulin-like receptor (KIR) types, "
            "since some types have been associated with improved implantation following G-CSF administration on the "
            "day of ET [1].",
        ],
        notes=("Randomized trial of a related (non-cell) treatment, G-CSF priming, in poor ovarian reserve: abstract "
               "(cut before the truncated live-birth sentence of the stored copy) and the first three paragraphs "
               "of the article's Background. Sample size: '100 patients' and the two pre-specified arms '(50 "
               "patients each)' (one mention, n 50); the cited earlier series '10 women' (own clinical work). "
               "Route: 'subcutaneous' G-CSF injection. Hormones: AMH increases in animal models (species animal) "
               "and in rats (species rat). Decision: a research question ('whether ... increasing serum AMH', "
               "'whether priming increased serum AMH') asserts no change and is not marked. Traps: 'AMH below 2 "
               "ng/mL', 'FSH above 30 IU/L' (thresholds), '47 ART patients', '49 ART patients' (subgroups formed "
               "afterwards), '3 of the 10', 'the 3 patients' (outcome counts), 'each of 2 cycles' and '2 "
               "consecutive cycles' (no count of injections stated), '2 months later' (time to an outcome), "
               "'AMH was measured before and after priming' (no direction), percentages."),
        layout={"columns": 1, "font": "serif", "journal": "Reprod Biol Endocrinol (2023) 21:29"},
    ),
    RealText(
        id="en_case_hsu2020_prp_gonadotropin_poi", lang="en", kind="case", batch=2,
        title="Live Birth in Woman With Premature Ovarian Insufficiency Receiving [[Ovarian Administration|r:io]] of "
              "Platelet-Rich Plasma (PRP) in Combination With Gonadotropin: A Case Report",
        authors="Chao-Chin Hsu, Leonard Hsu, Isabel Hsu, Yi-Jen Chiu, Sonam Dorjee",
        journal="Frontiers in Endocrinology 11:50", year=2020, doi="10.3389/fendo.2020.00050",
        url="https://www.frontiersin.org/article/10.3389/fendo.2020.00050/full",
        licence="CC BY 4.0 (Frontiers, all articles)",
        abstract=(
            "The conception rates among women with premature ovarian insufficiency (POI) remain extremely low. To "
            "achieve a successful pregnancy, most of these women have to receive donor oocytes through IVF "
            "treatment. [[Ovarian administration|r:io]] of platelet-rich plasma (PRP) has been recently applied to "
            "enhance the ovulatory function in women with poor ovarian response. However, no live birth has been "
            "reported for this application in patients with POI. In this study, we present a 37-year-old woman with "
            "POI who had secondary amenorrhea for 6 months. The clinical manifestations and evaluation of this women "
            "with a diminished ovarian function were an undetectable serum level of AMH (<0.02 ng/mL) and an "
            "elevated serum level of FSH (63.65 mIU/mL). [[A single dose|s:1]] of autologous PRP (extracted from "
            "40 mL of peripheral blood) in combination with gonadotropin ([[150IU|d:150,IU,-]] rFSH/"
            "[[75 IU|d:75,IU,-]] rLH) was [[directly injected into the stroma of bilateral ovaries via vaginal "
            "sonographic guidance|r:io,tvus]]. Following the treatment, this patient received controlled ovarian "
            "stimulation and IVF during the successive months. Following embryo culture, three cleavage-stage "
            "embryos were transferred, leading to a successful pregnancy, which later resulted in the live birth of "
            "twins. This case report provides one example of alternative therapy that allows POI patients to use "
            "autologous oocytes in IVF treatment."),
        notes=("Case report of intraovarian platelet-rich plasma with gonadotropin (related treatment; PRP is not a "
               "cell type). Facts: 'Ovarian administration' (into the ovary: intraovarian_injection; in the title "
               "and for the cited use in poor responders), one session ('A single dose'), the gonadotropin doses "
               "injected with the PRP (150 IU rFSH, 75 IU rLH; per null), and the route with transvaginal "
               "ultrasound guidance stated in the same phrase. Decision: a single patient named without a number "
               "('a 37-year-old woman', 'A Case Report') gives no sample_size fact. Traps: 'AMH (<0.02 ng/mL)' and "
               "'FSH (63.65 mIU/mL)' are baseline values (no change), '40 mL of peripheral blood' (a harvest "
               "volume), '6 months' of amenorrhea, 'three cleavage-stage embryos', 'twins'."),
        layout={"columns": 2, "font": "serif", "journal": "Front. Endocrinol. 2020; 11:50"},
    ),
    RealText(
        id="en_case_wjcc2023_pof_spontaneous_ovulation", lang="en", kind="case", batch=2,
        title="Intermittent spontaneous ovulation in patients with premature ovarian failure: "
              "[[Three case reports|n:3]] and review of literature",
        authors="Wan-Yu Zhang, Han-Bi Wang, Cheng-Yan Deng",
        journal="World Journal of Clinical Cases 11(31):7647-7655", year=2023, doi="10.12998/wjcc.v11.i31.7647",
        url="https://www.pubmed.gov/38078130/ (licence: https://bpgweb.azurewebsites.net/2307-8960/abstract/v11/i31/7647.htm)",
        licence="CC BY-NC 4.0 (printed on the Baishideng abstract page)",
        abstract=(
            "**Background:** Premature ovarian failure (POF) is the end-stage of a decline in ovarian function prior "
            "to the age of 40 years that involves symptoms associated with low estradiol (E2) levels and a minimal "
            "probability of pregnancy. This increases the physical and psychological burden experienced by young "
            "women of reproductive age, particularly with regards to over-diagnosis."),
        body=[
            "**Case summary:** Here, we report [[three cases|n:3]] (29, 22, and 33 years-of-age) diagnosed with POF "
            "after experiencing secondary amenorrhea for more than one year, serum levels of follicle-stimulating "
            "hormone (FSH) > 40 IU/L on two occasions with an interval of more than 4 wk, and negative progesterone "
            "withdrawal tests. [[All three patients|n:3]] were intermittently administered with drugs to create an "
            "artificial cycle. During the subsequent discontinuation period, the patients experienced intermittent "
            "follicular growth and spontaneous ovulation. One patient experienced two natural pregnancies (both with "
            "embryo arrest).",
            "**Conclusion:** Our findings suggest that young patients with POF can experience unpredictable and "
            "intermittent spontaneous follicular development, ovulation, and even natural pregnancy. Clinicians "
            "should provide appropriate medical guidance and individualized treatments according to fertility "
            "requirements, genetic risks and hypoestrogenic symptoms as soon as possible.",
        ],
        notes=("Three case reports without any cell therapy (a near-negative text). Sample size: 'Three case "
               "reports' (title), 'three cases' and the full restatement 'All three patients' (n 3 each; not a "
               "subset). Traps: the diagnostic criteria 'FSH > 40 IU/L on two occasions with an interval of more "
               "than 4 wk' (a threshold; 'on two occasions' is a measurement, not sessions), 'low estradiol (E2) "
               "levels' (disease description), the ages 29, 22 and 33, 'more than one year', 'One patient', 'two "
               "natural pregnancies' (outcome counts), 'intermittently administered with drugs' (no route, no "
               "count). The text is the PubMed abstract; the licence is printed on the publisher's abstract page."),
        layout={"columns": 1, "font": "sans", "journal": "World J Clin Cases 2023; 11(31): 7647-7655"},
    ),
    RealText(
        id="en_animal_sun2019_bmsc_exos_mir644_mice", lang="en", kind="animal", batch=2,
        title="miR-644-5p carried by [[bone mesenchymal stem cell|c:bm]]-derived [[exosomes|c:ev]] targets "
              "regulation of p53 to inhibit ovarian granulosa cell apoptosis",
        authors="Bo Sun, Yujia Ma, Fang Wang, Linli Hu, Yingpu Sun",
        journal="Stem Cell Research & Therapy 10:360", year=2019, doi="10.1186/s13287-019-1442-3",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC6884862", licence="CC BY 4.0 (BMC, all articles)",
        species="mouse",
        abstract=(
            "**Background** This article aims to reveal the therapeutic effects and potential mechanisms of "
            "[[bone mesenchymal stem cell|c:bm]] ([[BMSC|c:bm]])-derived [[exosomes|c:ev]] on premature ovarian "
            "failure (POF)."),
        body=[
            "**Methods** [[Exosomes|c:ev]] were collected from [[BMSCs|c:bm]] and were used to treat "
            "cisplatin-induced POF mouse models. Pathological changes of ovarian tissue were detected by using HE "
            "staining and by Western blot that detected the expression of apoptosis-related proteins. In "
            "cisplatin-induced primary granulosa cell injury, [[exosomes|c:ev@human]] were co-cultured with the "
            "granulosa cells. The apoptosis or viability of granulosa cells was analyzed by flow cytometry or MTT, "
            "respectively. In Target scan and microT-CDS databases, an intersection of miRNAs targeting to p53 was "
            "found. The expressions of miRNAs in [[BMSC|c:bm@human]]-derived [[exosomes|c:ev@human]] were detected "
            "by qRT-PCR. Besides, miR-664-5p targeted to p53 of cells was verified by dual-luciferase reporter "
            "assay.",
            "**Results** [[BMSC|c:bm]]-derived [[exosomes|c:ev]] improved the follicular morphology of POF mice and "
            "inhibited the expression of apoptosis-related protein. By co-culture of [[exosomes|c:ev@human]] and "
            "primary granulosa cells, [[BMSC|c:bm@human]]-derived [[exosomes|c:ev@human]] repressed "
            "cisplatin-induced granulosa cells apoptosis and increased cells viability, while these effects were "
            "abrogated after the [[exosome|c:ev@human]]-containing RNA was degraded by RNase. By Target scan, "
            "microT-CDS and qRT-PCR, miR-664-5p was regarded as the dominated RNA in [[BMSC|c:bm@human]]-derived "
            "[[exosomes|c:ev@human]]. By dual-luciferase reporter assay, miR-664-5p negatively regulated p53 "
            "luciferase activity.",
            "**Introduction**",
            "Premature ovarian failure (POF) is caused by follicular depletion or dysfunction, and the clinical "
            "manifestations are amenorrhea, infertility, hot flashes and sweating, and decreased libido. According "
            "to statistics, the incidence of POF is about 0.1% in women aged 15–29 and 1% in women aged 30–39, "
            "which ultimately leads to female infertility [1]. Granulosa cells are a layer of parietal cells wrapped "
            "around the surface of follicles that support the formation and development of follicles and have the "
            "ability to secrete glandular hormones to maintain ovarian function [2]. Apoptosis of granulosa cells "
            "leads to follicular atresia, resulting in a decrease in the number of follicles [3]. Therefore, the "
            "inhibition of granulosa cells apoptosis is essential for improving POF.",
            "[[Bone mesenchymal stem cells|c:bm@human]] ([[BMSCs|c:bm@human]]) are a subpopulation of cells with "
            "diverse differentiation potential and are a research hotspot in the field of stem cell therapy. "
            "Studies have shown that [[BMSCs|c:bm@rat]] can effectively restore the structure and function of "
            "damaged ovarian tissue in rats and inhibit the apoptosis of granulosa cells [3]. Other studies have "
            "found that [[BMSCs|c:bm@rat]] can slow the apoptosis of rat granulosa cells induced by cisplatin [4]. "
            "However, the mechanism by which [[BMSCs|c:bm@human]] work remains unclear. "
            "[[Exosomes|c:ev@human]], membrane vesicles, have been reported to be secreted by "
            "[[BMSCs|c:bm@human]] and mediate the therapeutic function of [[BMSCs|c:bm@human]] through "
            "cell-to-cell communication and signal transduction [5, 6] in various diseases. For example, "
            "[[BMSC|c:bm@rat]]-derived [[exosomes|c:ev@rat]] have been reported to be effective in restoring neural "
            "function in stroke models of rats [7]. In addition, studies have indicated that [[BMSC|c:bm]]-derived "
            "[[exosomes|c:ev]] can promote the recovery of cognitive function in mice [8].",
        ],
        notes=("Mouse study (cisplatin POF mice; default species mouse) with in-vitro work on granulosa cells. "
               "'bone mesenchymal stem cell (BMSC)-derived exosomes' gives three mentions (bone_marrow_msc twice, "
               "extracellular_vesicle). Species: the mouse experiment and the cited mouse study carry mouse; the "
               "co-culture, the qRT-PCR of exosome miRNAs and the general statements on BMSCs and exosomes are not "
               "animal experiments (no species); cited rat studies carry rat (including the stroke model: a cell "
               "mention of the therapy in a cited study). The Results end before the truncated last sentence of "
               "the stored abstract; the Introduction's first two paragraphs are from the publisher's copy. Traps: "
               "cisplatin without dose or route, 'about 0.1% in women aged 15–29 and 1% in women aged 30–39', "
               "'glandular hormones' (no named hormone), 'miR-644-5p'/'miR-664-5p' (as printed), 'stem cell "
               "therapy' (generic)."),
        layout={"columns": 2, "font": "serif", "journal": "Stem Cell Research & Therapy (2019) 10:360"},
    ),
    RealText(
        id="en_review_wang2023_hucmsc_animal_meta", lang="en", kind="review", batch=2,
        title="Therapeutic prospect on [[umbilical cord mesenchymal stem cells|c:uc@animal]] in animal model with "
              "primary ovarian insufficiency: a meta-analysis",
        authors="Xinrun Wang, Tianye Li, Xuechai Bai et al. (full author list in the DOI record; not shown in the "
                "stored copy)",
        journal="Frontiers in Medicine 10:1211070", year=2023, doi="10.3389/fmed.2023.1211070",
        url="https://www.frontiersin.org/articles/10.3389/fmed.2023.1211070/full",
        licence="CC BY 4.0 (Frontiers, all articles)",
        abstract=(
            "**Background:** Primary ovarian insufficiency (POI) leads to not only infertile but several adverse "
            "health events to women. Traditional treatment methods have their own set of limitations and drawbacks "
            "that vary in degree. Application of [[human umbilical cord mesenchymal stem cell|c:uc]] "
            "([[hUCMSC|c:uc]]) is a promising strategy for POI. However, there is a lack of literatures on "
            "application of [[hUCMSC|c:uc]] in human. Animal experimental model, however, can reflect the potential "
            "effectiveness of this employment. This study aimed to evaluate the curative effect of "
            "[[hUCMSC|c:uc@animal]] on animals with POI on a larger scale."),
        body=[
            "**Methods:** To gather data, Pubmed, Embase, and Cochrane Library were searched for studies published "
            "up to April 2022. Various indices, including the animals' estrous cycle, serum sex hormone levels, and "
            "follicle number in the ovary, were compared between the experimental group and those with Premature "
            "Ovarian Insufficiency (POI).",
        ],
        notes=("Meta-analysis of animal studies (a review). The title and the aim concern hUCMSCs in unnamed animal "
               "models (species animal); the promise for POI and the lack of human data are general statements "
               "(no species). The Results are not included (the stored copy breaks off in them). Traps: 'up to "
               "April 2022' (a search date), 'serum sex hormone levels' (no named hormone, no direction), 'the "
               "experimental group' (animals), the databases."),
        layout={"columns": 1, "font": "sans", "journal": "Front. Med. 10:1211070 (2023)"},
    ),
    RealText(
        id="en_case_gu2020_spontaneous_pregnancy_poi", lang="en", kind="case", batch=2,
        title="Successful Spontaneous Pregnancy and Live Birth in a Woman With Premature Ovarian Insufficiency and "
              "10 Years of Amenorrhea: A Case Report",
        authors="Ying Gu, Yan Xu",
        journal="Frontiers in Medicine 7:18", year=2020, doi="10.3389/fmed.2020.00018",
        url="https://frontiersin.org/journals/medicine/articles/10.3389/fmed.2020.00018/full",
        licence="CC BY 4.0 (Frontiers, all articles)",
        abstract=(
            "**Background:** Primary ovarian insufficiency (POI) is a devastating diagnosis for reproductive-aged "
            "women due to the associated infertility and other serious health consequences. Spontaneous pregnancy "
            "without hormone replacement therapy (HRT) and/or assisted reproductive technology (ART) rarely occurs "
            "in POI patients, particularly in those patients with long-term amenorrhea."),
        body=[
            "**Case:** On March 4, 2019, a 31-year-old Chinese POI patient visited our hospital for a spontaneous "
            "pregnancy after 10 years of amenorrhea and discontinuation of HRT 4 years prior. The patient had "
            "menarche at the age of 13, with 3 years of regular menstruation followed by amenorrhea occurring at the "
            "age of 20. POI was diagnosed by several hospitals; chromosome examination revealed a normal 46, XX "
            "karyotype. Treatment with estradiol valerate and progesterone did lead to resumed menstruation, while "
            "amenorrhea resumed after withdrawal of HRT. The patient married at the age of 23 and tried to conceive "
            "by HRT until the age of 25; her beta-human chorionic gonadotropin (HCG), estrogen (E2), and "
            "progesterone levels were 32987.7~119151.4 mIU/ml, 671.0~>1,000 pg/mL, and 6.6~27.9 ng/ml, "
            "respectively. On March 22, 2019, ultrasonography showed an intrauterine pregnancy with a normally "
            "developed gestational sac sized 45 × 42 × 32 mm with a 17 mm crown-rump length.",
        ],
        notes=("A negative case report: spontaneous pregnancy in POI without cell therapy. No facts. Traps: ages "
               "(31, 13, 20, 23, 25), '10 years of amenorrhea', 'HRT 4 years prior', 'several hospitals', "
               "hormone values measured during pregnancy (HCG, E2, progesterone: values without a change after an "
               "intervention), 'Treatment with estradiol valerate and progesterone' (HRT, no route), sizes in mm, "
               "'46, XX', dates. A single patient named without a number gives no sample_size fact. The passage "
               "ends before the truncated delivery sentence of the stored copy."),
        layout={"columns": 2, "font": "sans", "journal": "Front. Med. 2020; 7:18"},
    ),
    RealText(
        id="en_clinical_sfakianoudis2020_prp_pilots", lang="en", kind="clinical", batch=2,
        title="Reactivating Ovarian Function through Autologous Platelet-Rich Plasma [[Intraovarian Infusion|r:io]]: "
              "Pilot Data on Premature Ovarian Insufficiency, Perimenopausal, Menopausal, and Poor Responder Women",
        authors="Konstantinos Sfakianoudis, Mara Simopoulou, Sokratis Grigoriadis, Agni Pantou, Petroula Tsioulou, "
                "Evangelos Maziotis, Anna Rapani, Polina Giannelou, Nikolaos Nitsos, Georgia Kokkali, Michael "
                "Koutsilieris, Konstantinos Pantos",
        journal="Journal of Clinical Medicine 9(6):1809", year=2020, doi="10.3390/jcm9061809",
        url="https://www.mdpi.com/2077-0383/9/6/1809", licence="CC BY 4.0 (MDPI, all articles)",
        abstract=(
            "[[Intraovarian platelet-rich plasma (PRP) infusion|r:io]] was recently introduced in the context of "
            "addressing ovarian insufficiency. Reporting on its effectiveness prior to adopting in clinical routine "
            "practice is imperative. This study aims to provide pilot data regarding PRP application for ovarian "
            "rejuvenation. Four pilot studies were conducted on poor ovarian response (POR), premature ovarian "
            "insufficiency (POI), perimenopause, and menopause, respectively. Each pilot study reports on "
            "[[thirty patients|n:30]], [[120 participants|n:120]] were recruited in total. All participants provided "
            "written informed consent prior to treatment. Primary outcome measures for the POR pilot study were "
            "levels of anti-müllerian hormone (AMH), antral follicle count (AFC) and yield."),
        notes=("Four pilot cohorts of intraovarian platelet-rich plasma (a related treatment, no cell type). Text: "
               "the MDPI page up to '120 participants were recruited in total', the next two sentences from a "
               "stored copy of the same article's PDF (docslib.org) whose earlier sentence lost a word; the "
               "passage stops before that copy breaks off. Sample size: four pre-specified arms of 'thirty "
               "patients' (one mention, n 30) and '120 participants' in total. Route: 'Intraovarian ... infusion' "
               "(the phrase with the product named inside it is the shortest span). Traps: 'Four pilot studies' "
               "(studies), the outcome list 'AMH, AFC and yield' (no direction), 'ovarian rejuvenation'."),
        layout={"columns": 1, "font": "serif", "journal": "J. Clin. Med. 2020, 9, 1809"},
    ),
    RealText(
        id="en_clinical_cakiroglu2022_prp_por510", lang="en", kind="clinical", batch=2,
        title="Ovarian reserve parameters and IVF outcomes in [[510 women|n:510]] with poor ovarian response (POR) "
              "treated with [[intraovarian injection|r:io]] of autologous platelet rich plasma (PRP)",
        authors="Yigit Cakiroglu, Aysen Yuceturk, Ozge Karaosmanoglu, Sule Yildirim Kopuk, Zeynep Ece Utkan Korun, "
                "Nola Herlihy, Richard T. Scott, Bulent Tiras, Emre Seli",
        journal="Aging 14(6):2513-2523", year=2022, doi="10.18632/aging.203972",
        url="https://static-site-aging-prod2.impactaging.com/article/203972/text",
        licence="CC BY 3.0 (printed on the article page)",
        abstract=(
            "The aim of the current study was to characterize ovarian reserve parameters and IVF outcomes in women "
            "with a history of poor ovarian response (POR) treated with [[intraovarian injection|r:io]] of "
            "autologous platelet rich plasma (PRP). Reproductive age women ([[N=510|n:510]]; age range 30-45yo) "
            "diagnosed with POR based on Poseidon criteria were included in the study. PRP treatment resulted in "
            "higher [[AFC|h:AFC,inc]], higher serum [[AMH|h:AMH,inc]], lower serum [[FSH|h:FSH,dec]], and a higher "
            "number of mature oocytes and cleavage and blastocyst stage embryos."),
        notes=("Cohort of poor responders treated with intraovarian platelet-rich plasma (related treatment, no cell "
               "type). Sample size 510 (title and 'N=510'). Hormones: 'resulted in higher AFC, higher serum AMH, "
               "lower serum FSH' (direction written by the adjectives; marked on the hormone names). The passage "
               "ends before the outcome counts of the stored copy ('22 women (4.3%) conceived spontaneously, 14 "
               "... lost to follow up'). Traps: 'age range 30-45yo', 'Poseidon criteria', 'a higher number of "
               "mature oocytes' (not a hormone). Same group as en_clinical_cakiroglu2020_prp_poi, a different "
               "cohort and wording."),
        layout={"columns": 2, "font": "serif", "journal": "AGING 2022, Vol. 14, No. 6"},
    ),
    RealText(
        id="en_review_scrt2023_pof_animal_models_intro", lang="en", kind="review", batch=2,
        title="Comparison of the different animal modeling and therapy methods of premature ovarian failure in "
              "animal model",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Stem Cell Research & Therapy", year=2023, doi="10.1186/s13287-023-03333-4",
        url="https://stemcellres.biomedcentral.com/articles/10.1186/s13287-023-03333-4 (text from the stored "
            "copy at https://springerlink.fh-diploma.de/doi/10.1186/s13287-023-03333-4)",
        licence="CC BY 4.0 (BMC, all articles)",
        abstract=(
            "**Introduction** Premature menopause is closely associated with premature ovarian failure (POF), also "
            "known as premature insufficient ovarian failure (POI). The incidence of POF was 0.01% in women aged 20 "
            "years, 0.1% in women aged 30 years, and 1% in women aged 40 years [1]. The etiology of POF is very "
            "complex and closely related to genetics, immune diseases, drugs, surgery, and psychological factors "
            "[2]. Currently, according to the etiology of POF, the widely used POF animal models can be classified "
            "as chemotherapy drug-induced POF models, autoimmune POF models, POF models of mental stress, and "
            "galactose (GAL)-POF models. However, different POF animal model methods have their advantages and "
            "disadvantages. For example, the stability of POF animal models of autoimmune and mental stress is low. "
            "GAL-induced animal model can better simulate the physiological aging characteristics of clinical POF "
            "patients, but the success rate is lower. Hence, it is still a big challenge to select an ideal animal "
            "model for drug intervention and mechanism exploration."),
        body=[
            "Clinically, long-term hormone replacement therapy (HRT), mainly estrogen and progesterone, is the most "
            "common treatment for women with POF. The therapeutic and protective effects of some hormones, such as "
            "anti-Müllerian hormone (AMH), melatonin, and growth hormone (GH), have been confirmed and accepted. "
            "However, long-term use of HRT may increase the risk of cardiovascular disease and cancer [3]. So far, "
            "POF is still clinically irreversible. It is an urgent need to find advanced treatment strategies. "
            "Recently, the role of stem cells in the treatment of POF animal models has been gradually explored. "
            "Stem cells can differentiate into ovarian cells in the microenvironment of POF, to supplement the "
            "number of normal ovarian cells [4]. In addition, the regenerated ovarian cells by stem cells can "
            "secrete female hormone to maintain the hormone balance and improve women's symptom caused by the "
            "decline of ovarian function [5].",
        ],
        notes=("Review (the first two Introduction paragraphs; the stored copy of the abstract was not found). A "
               "negative text: no facts. Traps: incidences by age (0.01%, 0.1%, 1%), the animal-model types "
               "(chemotherapy, autoimmune, stress, galactose: no drug dose or route), HRT 'mainly estrogen and "
               "progesterone' (a treatment, not an estrogen level change), 'anti-Müllerian hormone (AMH), "
               "melatonin, and growth hormone' given as therapies (not changes of AMH), 'stem cells' (generic), "
               "'secrete female hormone to maintain the hormone balance' (no named hormone, no direction)."),
        layout={"columns": 2, "font": "sans", "journal": "Stem Cell Research & Therapy (2023)"},
    ),

    # Chinese texts, second batch
    RealText(
        id="zh_review_hanspub2024_poi_autoimmune", lang="zh", kind="review", batch=2,
        title="自身免疫性疾病与早发性卵巢功能不全的关系及相关机制",
        authors="赵珍珠, 叶喜阳",
        journal="临床医学进展 14(8): 641-646", year=2024, doi="10.12677/acm.2024.1482262",
        url="https://www.hanspub.org/journal/paperinformation?paperid=94088",
        licence="CC BY 4.0 (Hans Publishers, all articles)",
        abstract=(
            "**摘要:** 半数以上早发性卵巢功能不全(Premature ovarian insufficiency, POI)病因尚未明确,其中免疫因素占4%~30%。"
            "POI可单独发病,但有时也与自身免疫性疾病并存,如自身免疫性甲状腺疾病(AITD)、原发性慢性肾上腺皮质功能减退症(Addsion病)、"
            "系统性红斑狼疮等。因免疫系统异常活跃,卵巢常为其相关攻击靶点,自身免疫抗体(抗卵巢抗体、类固醇自身抗体)、免疫细胞、"
            "肿瘤坏死因子α、白细胞介素6等与POI的免疫相关发病机制有着密切的联系。"),
        body=[
            ("heading", "1. 引言"),
            "早发性卵巢功能不全(Premature ovarian insufficiency, POI)是指女性在40岁之前出现卵巢功能衰退,主要表现为女性的月经异常"
            "(停经或月经稀发),促性腺激素升高及雌激素水平波动性降低[1]。据研究,POI的病因具有很强的异质性,多数原因尚不明确,"
            "称为特发性POI [2]。",
        ],
        notes=("Chinese review (abstract, bilingual in the source, plus the first two sentences of the introduction, "
               "cut at a sentence end; the stored copy's punctuation kept as printed). A negative text from the "
               "field: no therapy is named, so no facts. Traps: '免疫因素占4%~30%' (a percentage, not a dose), "
               "'40岁之前' (an age), '促性腺激素升高及雌激素水平波动性降低' (the disease described, not a change after "
               "an intervention: no hormone_change), the citation markers [1] [2], 'more than half' / '4%~30%' in "
               "the English abstract."),
        layout={"columns": 2, "font": "sans", "journal": "临床医学进展 2024年 第14卷 第8期",
                "keywords": "许可：CC BY 4.0",
                "en_title": "Relationship between Autoimmune Diseases and Premature Ovarian Insufficiency and Related "
                            "Mechanisms",
                "en_abstract": (
                    "**Abstract:** The etiology of more than half of premature ovarian insufficiency (POI) has not been "
                    "clarified, with immunologic factors accounting for 4%~30% of the cases. POI can develop alone, but "
                    "sometimes coexists with autoimmune diseases, such as autoimmune thyroid disease (AITD), primary "
                    "chronic adrenocortical hypoplasia (Addsion disease), systemic lupus erythematosus (SLE), and "
                    "others. Due to the abnormal activity of the immune system, the ovary is often the target of "
                    "attack, and autoimmune antibodies (anti-ovarian antibodies, steroid autoantibodies), immune "
                    "cells, tumor necrosis factor-alpha, and interleukin 6 are closely related to the immune-related "
                    "pathogenesis of POI."),
                "en_keywords": "Licence: CC BY 4.0"},
    ),

    # Third gathering round
    RealText(
        id="en_animal_liu2019_hamsc_mice", lang="en", kind="animal", batch=3,
        title="[[Human amniotic mesenchymal stem cells|c:am]] improve the follicular microenvironment to recover "
              "ovarian function in premature ovarian failure mice",
        authors="Rongxia Liu, Xiaoyu Zhang, Zhenhai Fan, Yuying Wang, Guanping Yao, Xue Wan, Zulin Liu, Bing Yang, "
                "Limei Yu",
        journal="Stem Cell Research & Therapy 10:299", year=2019, doi="10.1186/s13287-019-1315-9",
        url="https://stemcellres.biomedcentral.com/articles/10.1186/s13287-019-1315-9",
        licence="CC BY 4.0 (BMC, all articles)", species="mouse",
        abstract=(
            "**Background** Many adult women younger than 40 years old have premature ovarian failure (POF) and "
            "infertility. Previous studies confirmed that different tissue-derived stem cells could restore ovarian "
            "function and folliculogenesis in chemotherapy-induced POF mice. The aim of this study was to explore "
            "the therapeutic efficacy and underlying mechanisms of [[human amniotic mesenchymal stem cells|c:am]] "
            "([[hAMSCs|c:am]]) transplantation for hydrogen peroxide-induced ovarian damage."),
        body=[
            "**Methods** Bilateral ovaries of female mice were burned with 10% hydrogen peroxide to establish a POF "
            "model. After 24 h of treatment, [[hAMSCs|c:am]] and diethylstilbestrol were administered to POF mice by "
            "[[intraperitoneal injection|r:ip]] and intragastric administration, respectively. After either "
            "[[7|f:7,day]] or [[14 days|f:14,day]], ovarian function was evaluated by the oestrus cycle, hormone "
            "levels, ovarian index, fertility rate, and ovarian morphology. The karyotype was identified in "
            "offspring by the G-banding technique. [[hAMSCs|c:am]] tracking, immunohistochemical staining, and "
            "real-time polymerase chain reaction (PCR) were used to assess the molecular mechanisms of injury and "
            "repair.",
            "**Results** The oestrus cycle was recovered after [[hAMSCs|c:am]] transplantation at [[7|f:7,day]] and "
            "[[14 days|f:14,day]]. [[Oestrogen|h:E2,inc]] levels increased, while "
            "[[follicle-stimulating hormone|h:FSH,dec]] levels decreased. The ovarian index, fertility rate, and "
            "population of follicles at different stages were significantly increased. The newborn mice had no "
            "obvious deformity and showed normal growth and development. The normal offspring mice were also "
            "fertile. The tracking of [[hAMSCs|c:am]] revealed that they colonized in the ovarian stroma. "
            "Immunohistochemical and PCR analyses indicated that changes in proteins and genes might affect mature "
            "follicle formation.",
        ],
        notes=("Mouse study (species mouse); human amniotic MSCs (hAMSCs) are amniotic_msc (mark alias 'am' added "
               "to corpus/make_papers.py for this round). Route: 'hAMSCs and diethylstilbestrol were administered "
               "... by intraperitoneal injection and intragastric administration, respectively' — the "
               "intraperitoneal injection is the hAMSC route (intragastric is the comparator drug's, no route id). "
               "Follow-up: 'After either 7 or 14 days' (two facts, two groups) and again 'at 7 and 14 days' in the "
               "Results (same two groups, per mention: two facts). Hormones: oestrogen increased (E2), FSH "
               "decreased, after treatment. Traps: 'younger than 40 years', '10% hydrogen peroxide' (a "
               "concentration of the model agent, not a dose), 'After 24 h of treatment' (time from model to "
               "transplant, not a follow-up), 'different tissue-derived stem cells' (generic), 'hormone levels' "
               "(no named hormone), 'ovarian index, fertility rate' (not hormones)."),
        layout={"columns": 2, "font": "serif", "journal": "Stem Cell Research & Therapy (2019) 10:299"},
    ),
    RealText(
        id="en_animal_zhang2022_ucmsc_rats_ecam", lang="en", kind="animal", batch=3,
        title="[[Umbilical Cord Mesenchymal Stem Cells|c:uc]] Ameliorate Premature Ovarian Insufficiency in Rats",
        authors="Meiliang Zhang, Tingting Xie, Weiyou Dai, Bo Zhao, Yaqin Zheng, Jianmiao Hu, Ruolang Pan, Liang Wang",
        journal="Evidence-based Complementary and Alternative Medicine 2022:9228456", year=2022,
        doi="10.1155/2022/9228456", url="https://pmc.ncbi.nlm.nih.gov/articles/PMC9170415",
        licence="CC BY 4.0 (Hindawi, all articles)", species="rat",
        abstract=(
            "Premature ovarian insufficiency (POI) or premature ovarian failure (POF) is known as a state of "
            "hypergonadotropic hypogonadism. Stem cell therapy is expected to be used in the treatment of POI. The "
            "aim of the present study was to explore the feasibility and effectiveness of "
            "[[umbilical cord mesenchymal stem cell|c:uc]] ([[UCMSC|c:uc]]) transplantation for the treatment of POI "
            "in a rat model of POI induced by cyclophosphamide (CTX) injection. The ovarian function was examined by "
            "evaluating the weight of the ovary and body, estrus cycle, ovarian morphology, hormonal secretion, "
            "granulosa cell apoptosis, and fertility. The results showed that the ovarian function indicators of "
            "the modeled rats were comparable to those of the control rats after [[UCMSC|c:uc]] transplantation, "
            "indicating that the ovarian function of the modeled rats recovered to a satisfactory extent. Our "
            "research may provide an experimental clue for the clinical application of [[UCMSC|c:uc@human]] "
            "transplantation in the treatment of POI. Further experiments will focus on the detailed signaling "
            "pathway study of the molecular mechanisms of injury and repairment on the treatment with "
            "[[UCMSCs|c:uc]] transplantation in the rat POI models."),
        body=[
            ("heading", "1. Introduction"),
            "Premature ovarian insufficiency (POI), or premature ovarian failure (POF), is known as a state of "
            "hypergonadotropic hypogonadism characterized by amenorrhea, hypergonadotropism, and hypoestrogenism "
            "[1, 2].",
        ],
        notes=("Rat study (species rat), abstract plus the first sentence of the Introduction (the stored copy "
               "breaks off in the next one). Few facts: the UCMSC mentions only. 'the clinical application of UCMSC "
               "transplantation in the treatment of POI' is a clinical aim (no species); the planned further "
               "experiments are rat experiments (rat). Traps: 'cyclophosphamide (CTX) injection' names neither dose "
               "nor route; 'hormonal secretion' names no hormone; 'comparable to those of the control rats' gives "
               "no direction; 'hypergonadotropism, and hypoestrogenism' describe the disease (no hormone_change); "
               "'Stem cell therapy' is generic; citation markers [1, 2]."),
        layout={"columns": 1, "font": "sans", "journal": "Evid Based Complement Alternat Med 2022"},
    ),
    RealText(
        id="en_animal_terraciano2014_adsc_cisplatin_mice", lang="en", kind="animal", batch=3,
        title="Cell Therapy for Chemically Induced Ovarian Failure in Mice",
        authors="Paula Terraciano, Tuane Garcez, Laura Ayres, Isabel Durli, Melchiani Baggio, Cristiana Palma Kuhl, "
                "Claudia Laurino, Eduardo Passos, Ana Helena Paz, Elizabeth Cirne-Lima",
        journal="Stem Cells International 2014:720753", year=2014, doi="10.1155/2014/720753",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC4274854", licence="CC BY (Hindawi, all articles)",
        species="mouse",
        abstract=(
            "Cell therapy has been linked to an unexplained return of ovarian function and fertility in some cancer "
            "survivors. Studies modeling this in mice have shown that cells transplantation generates donor-derived "
            "oocytes in chemotherapy-treated recipients. This study was conducted to further clarify the impact of "
            "cell transplantation from different sources on female reproductive function after chemotherapy using a "
            "preclinical mouse model. **Methods.** Female mice were administered [[7.5 mg/kg|d:7.5,mg/kg,-]] "
            "cisplatin followed by cell transplantation (one week later) using GFP+ female cell donors. For cell "
            "tracking, [[adipose derived stem cell|c:ad]] GFP+ ([[ADSC|c:ad]]), female germline stem cell GFP+/MVH+ "
            "(FGSC), or ovary cell suspension GFP+ mice were transplanted into cisplatin-treated wild-type "
            "recipients. After [[7|f:7,day]] or [[14 days|f:14,day]] animals were killed and histological analysis, "
            "IHQ for GFP cells, and ELISA for estradiol were performed. **Results.** Histological examinations "
            "showed that [[ADSC|c:ad]], ovary cell suspension, and FGSC transplant increase the number of follicles "
            "with apparent normal structure in the cells recipient group euthanized on [[day 7|f:7,day]]. Cell "
            "tracking showed GFP+ samples [[7 days|f:7,day]] after transplant. **Conclusion.** These data suggest "
            "that [[intraovarian injection|r:io]] of [[ADSCs|c:ad]] and FGSC into mice with chemotherapy-induced "
            "ovarian failure diminished the damage caused by cisplatin."),
        notes=("Mouse study (species mouse). The cisplatin model dose '7.5 mg/kg' is a dose (mouse). Cell types: "
               "'adipose derived stem cell' / 'ADSC(s)' = adipose_msc (mouse donors; the id names the source "
               "tissue); female germline stem cells (FGSC) and the ovary cell suspension have no canonical id (not "
               "marked). Route: 'intraovarian injection' (Conclusion). Follow-up: animals killed after 7 or 14 days "
               "(two facts), the group 'euthanized on day 7' and GFP+ samples '7 days after transplant' (time after "
               "treatment at which outcomes were assessed, per mention). Traps: 'one week later' (the interval "
               "between cisplatin and transplantation, not a follow-up), 'some cancer survivors' (no number), "
               "'ELISA for estradiol' (a measurement, no direction), 'GFP+'/'MVH+' labels, 'Cell therapy' "
               "(generic)."),
        layout={"columns": 2, "font": "sans", "journal": "Stem Cells International 2014"},
    ),
    RealText(
        id="en_animal_scrt_hpmsc_pzp3_autoimmune_mice", lang="en", kind="animal", batch=3,
        title="(title not in the stored copy; Stem Cell Research & Therapy, human placenta mesenchymal stem cells in "
              "autoimmune POF mice, abstract)",
        authors="(not shown in the stored copy)",
        journal="Stem Cell Research & Therapy", year=0, doi="10.1186/s13287-017-0745-5",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC5793353",
        licence="CC BY 4.0 (BMC, all articles)", species="mouse",
        abstract=(
            "**Background** This study was performed to determine the effects of "
            "[[human placenta mesenchymal stem cell|c:pl]] ([[hPMSC|c:pl]]) transplantation on granulosa cell "
            "apoptosis and anti-Müllerian hormone (AMH) and follicle-stimulating hormone receptor (FSHR) expression "
            "in autoimmune drug-induced premature ovarian failure (POF) mice. The aim of this research is to "
            "investigate the mechanisms of [[hPMSCs|c:pl]] on ovarian reserve capacity."),
        body=[
            "**Methods** The POF mice model was established by injection of zona pellucida 3 peptide (pZP3). "
            "[[hPMSC|c:pl]] transplantation was conducted by [[intravenous injection|r:iv]] into mice following pZP3 "
            "treatment. The follicle number was examined by histopathology. The serum levels of FSH, LH, E2, AMH and "
            "anti-zona pellucida antibody (AzpAb) were measured by enzyme-linked immunosorbent assay. AMH and FSHR "
            "expression in the ovary was analyzed by immunohistochemistry and western blot analysis. Granulosa cell "
            "apoptosis of the ovaries was examined by In Situ Cell Death Detection Kit. Granulosa cells were "
            "isolated and treated with SiAmh interference and [[hPMSC|c:pl@human]] supernatant to observe the "
            "effects of AMH expression on granulosa cell apoptosis in vitro.",
            "**Results** The results showed that [[hPMSC|c:pl]] transplantation can significantly recover the "
            "estrus cycle in the POF group. Morphological staining showed that the basal follicles and sinus "
            "follicles after [[hPMSC|c:pl]] transplantation were higher in POF mice than in those without "
            "treatment, and the follicle number was significantly decreased with atresia. The serum levels of "
            "[[FSH|h:FSH,dec]], [[LH|h:LH,dec]] and AzpAb in the [[hPMSC|c:pl]] transplantation group were reduced "
            "considerably, but the [[E2|h:E2,inc]] and [[AMH|h:AMH,inc]] levels were significantly increased. After "
            "[[hPMSC|c:pl]] transplantation, the AMH and FSHR expression in ovarian tissue was significantly higher "
            "than in the POF group as determined by immunochemistry and western blot analysis.",
        ],
        notes=("Mouse study of autoimmune (pZP3-induced) POF (species mouse). The stored copy (PMC) starts at the "
               "abstract, so the title is a placeholder (no facts) and the year is not given (0); the DOI is the "
               "one of the publisher's copy of the same article (its Background names hPMSCs and the pZP3 model). "
               "The Results end before the truncated last sentence. 'human placenta mesenchymal stem cell (hPMSC)' "
               "= placenta_msc. 'hPMSC supernatant' in the in-vitro granulosa-cell experiment: a cell mention "
               "(like 'MenSC-derived conditioned media'), no species (in vitro). Hormone changes after treatment: "
               "FSH and LH reduced, E2 and AMH increased (serum). Traps: the measured list 'FSH, LH, E2, AMH' (no "
               "direction), 'AMH and FSHR expression in ovarian tissue ... higher' (tissue protein expression and a "
               "receptor, not a serum hormone level: not marked), AzpAb (an antibody), 'follicle-stimulating "
               "hormone receptor (FSHR)' (a receptor), 'injection of zona pellucida 3 peptide' (no dose, no "
               "route id)."),
        layout={"columns": 1, "font": "serif", "journal": "Stem Cell Research & Therapy"},
    ),
    RealText(
        id="en_animal_jor2024_adsc_exos_iva_rats", lang="en", kind="animal", batch=3,
        title="Drug-free in vitro activation combined with [[ADSCs|c:ad]]-derived [[exosomes|c:ev]] restores ovarian "
              "function of rats with premature ovarian insufficiency",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Journal of Ovarian Research", year=2024, doi="10.1186/s13048-024-01475-4",
        url="https://ovarianresearch.biomedcentral.com/articles/10.1186/s13048-024-01475-4",
        licence="CC BY 4.0 (BMC, all articles)", species="rat",
        abstract=(
            "**Background** Drug-free in vitro activation (IVA) is a new protocol to activate residual dormant "
            "follicles for fertility restoration in patients with premature ovarian insufficiency (POI). However, "
            "several deficiencies have reduced its clinical efficacy rate. Our previous studies have confirmed that "
            "the combination of [[adipose-derived stem cells|c:ad]] ([[ADSCs|c:ad]]) and drug-free IVA can improve "
            "the effectiveness of drug-free IVA and restore ovarian function of rats with POI. Increasing evidence "
            "has demonstrated that [[mesenchymal stem cell|c:msc@human]]-derived [[exosomes|c:ev@human]] have "
            "similar therapeutic effects as their source cells. Here, we performed a preclinical study to evaluate "
            "the therapeutic effects of [[ADSCs|c:ad]]-derived [[exosomes|c:ev]] ([[ADSCs|c:ad]]-[[Exos|c:ev]]) "
            "combined with drug-free IVA in the POI rats and the mechanism in restoring ovarian function."),
        body=[
            "**Results** In vivo, the effects of [[ADSCs|c:ad]]-[[Exos|c:ev]] were comparable to those of "
            "[[ADSCs|c:ad]], and the [[ADSCs|c:ad]]-[[Exos|c:ev]] combined with drug-free IVA was better than "
            "[[ADSCs|c:ad]]-[[Exos|c:ev]] alone therapy in promoting follicular development. Moreover, "
            "transplantation of [[ADSCs|c:ad]]/[[ADSCs|c:ad]]-[[Exos|c:ev]] lead to up-regulation of BCL-2 "
            "expression and down-regulation of the expression of Bax and Cleaved Caspase-3, thus reducing the "
            "apoptosis of chemotherapy-induced follicle cells, and further promoting the development of the "
            "follicles and rescuing ovarian function in POI-damaged ovary. In vitro, ovarian fragmentation could "
            "activate follicular growth and development, and in combination with "
            "[[ADSCs|c:ad@human]]-[[Exos|c:ev@human]] could prevent the loss of follicles, promote follicular "
            "proliferation and inhibit apoptosis.",
            "**Conclusions** [[ADSCs|c:ad]]-[[Exos|c:ev]] combined drug-free IVA had remarkable therapeutic effects "
            "in restoring ovarian function of POI rats, and markedly promoted follicular development and inhibited "
            "apoptosis of ovarian cells in vitro.",
        ],
        notes=("Rat study (species rat). Every 'ADSCs-Exos' is two adjacent mentions, ADSCs (adipose_msc) and Exos "
               "(extracellular_vesicle), as 'MSC-derived exosomes' is two; 'ADSCs/ADSCs-Exos' gives three. The "
               "authors' previous rat study keeps rat; 'Increasing evidence ... mesenchymal stem cell-derived "
               "exosomes' is general (no species); the in-vitro ovarian-fragment culture carries no species (as the "
               "in-vitro work of other entries). The Conclusions end before the truncated last sentence. No dose, "
               "route, follow-up or named hormone: traps are 'patients with ... POI' (no number), 'chemotherapy-"
               "induced' (no drug, no dose), BCL-2/Bax/Cleaved Caspase-3 (proteins, not hormones), IVA (not a cell "
               "therapy and not the segova route: no stem cells are re-injected with it)."),
        layout={"columns": 2, "font": "serif", "journal": "Journal of Ovarian Research (2024)"},
    ),
    RealText(
        id="en_review_kuang2022_poi_recovery_sysreview", lang="en", kind="review", batch=3,
        title="The Evaluation of Ovarian Function Recovery Following Treatment of Primary Ovarian Insufficiency: A "
              "Systematic Review",
        authors="Xiaojun Kuang, Yongzhe Tang, Hong Xu, Min Ji, Dongmei Lai",
        journal="Frontiers in Endocrinology 13:855992", year=2022, doi="10.3389/fendo.2022.855992",
        url="https://frontiersin.org/articles/10.3389/fendo.2022.855992/full",
        licence="CC BY 4.0 (Frontiers, all articles)",
        abstract=(
            "**Background:** Primary ovarian insufficiency (POI) is gaining awareness as its prevalence increases "
            "and its effect on patients is extremely negative. To date, several therapies have been designed to "
            "treat POI, but the conclusions are conflicting, in part, due to inconsistent evaluation methods. Thus, "
            "we explore a multi-index of ovarian function assessment methods to evaluate the recovery of ovarian "
            "function after various therapies in order to evaluate effectiveness in a more comprehensive manner."),
        body=[
            "**Aim:** The purpose of this review is to assess the effectiveness of various therapies to recover "
            "ovarian function in patients with POI. The primary outcome measures were anti-Müllerian hormone (AMH) "
            "levels, follicle stimulating hormone (FSH) levels, and antral follicle count (AFC). The secondary "
            "outcomes included the change of mean ovarian volume, menstruation recovery, and pregnancy rate.",
            "**Methods:** Our systematic searching including PubMed, Web of Science, Cochrane, and Embase databases "
            "was conducted to find all human clinical trial articles published from January 2000 to April 2021 and "
            "related to POI treatment, including the keywords: POI, AFC, and hormones. All prospective and "
            "retrospective studies exploring ovarian function recovery that include AFC, AMH levels, and FSH levels "
            "evolution throughout treatment were included. All patients included in the studies met the POI "
            "criteria described by the European Society for Human Reproductive Embryology (ESHRE) guideline.",
            "**Results:** Six studies were selected based on the criteria: one randomized controlled trial and five "
            "observational studies.",
        ],
        notes=("Systematic review of clinical POI therapies (abstract cut after the first Results sentence; the "
               "stored copy breaks off in the next). A negative text full of near-misses: no therapy is named in "
               "the passage, so no facts. Traps: outcome measures 'AMH levels, FSH levels, and AFC', 'the change of "
               "mean ovarian volume', 'AFC, AMH levels, and FSH levels evolution' (lists of measured variables, no "
               "direction), 'from January 2000 to April 2021' (a publication period, not a follow-up), 'Six "
               "studies', 'one randomized controlled trial and five observational studies' (studies, not "
               "patients), 'patients with POI' (no number)."),
        layout={"columns": 1, "font": "serif", "journal": "Front. Endocrinol. 13:855992 (2022)"},
    ),
    RealText(
        id="en_animal_jor2021_mucmsc_aged_mice", lang="en", kind="animal", batch=3,
        title="Effects and mechanisms of [[mUCMSCs|c:uc]] on ovarian structure and function in naturally ageing C57 "
              "mice",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Journal of Ovarian Research", year=2021, doi="10.1186/s13048-021-00854-5",
        url="https://ovarianresearch.biomedcentral.com/articles/10.1186/s13048-021-00854-5",
        licence="CC BY 4.0 (BMC, all articles)", species="mouse",
        abstract=(
            "**Background** The ovaries are the core reproductive organs in women and are critical for maintaining "
            "normal reproductive function and endocrine system stability. An ageing C57 mouse model was used to "
            "evaluate the efficacy and mechanism of [[mouse umbilical cord mesenchymal stem cells|c:uc]] "
            "([[mUCMSCs|c:uc]]) and to explore the mechanism by which [[mUCMSCs|c:uc]] promote the antioxidant "
            "repair of mouse granulosa cells (mGCs)."),
        body=[
            "**Results** Eighteen-month-old C57 mice were randomly divided into a model group and a treatment group. "
            "At the same time, 2-month-old C57 mice were established as a young group (15 mice per group). The mice "
            "in the treatment group were injected [[via the tail vein|r:iv]] with GFP-labelled [[mUCMSCs|c:uc]]. The "
            "ovarian volume in ageing C57 mice was decreased, and there were no follicles at any stage. After "
            "[[mUCMSC|c:uc]] transplantation, the mouse [[ovaries increased in size|h:ovarian_volume,inc]], follicles "
            "at various stages were observed in the cortex, and the [[antral follicle counts|h:AFC,inc]] increased. "
            "The serum [[E2|h:E2,inc]], [[AMH|h:AMH,inc]], and [[INH-B|h:INHB,inc]] levels of mice in the treatment "
            "group were significantly higher than those of mice in the model control group (P\u2009<\u20090.05). "
            "[[mUCMSCs|c:uc]] downregulated the expression of the autophagy-related gene LC3b and the "
            "apoptosis-related genes Bax and Caspase-3, upregulated the expression of SOD2 and the peroxidase gene "
            "PRDX IV, and reduced apoptosis rates and reactive oxygen species (ROS) levels in granulosa cells.",
            "**Conclusions** [[mUCMSCs|c:uc]] play roles in promoting the repair of ageing ovaries by regulating "
            "immunity, anti-inflammatory responses and the PI3K-Akt signalling pathway.",
        ],
        notes=("Mouse study of natural ovarian ageing (species mouse). Mouse umbilical cord MSCs (mUCMSCs) are "
               "umbilical_cord_msc (the id names the source tissue, not the donor species). Route: 'via the tail "
               "vein'. Changes after treatment (treated versus model control): ovaries 'increased in size' "
               "(ovarian_volume increase), antral follicle counts increased (AFC), serum E2, AMH and INH-B higher "
               "(INHB). Traps: 'The ovarian volume in ageing C57 mice was decreased' (model versus young: no fact), "
               "ages 'Eighteen-month-old' and '2-month-old', '15 mice per group' (animals), P value, LC3b/Bax/"
               "Caspase-3/SOD2/PRDX IV (genes, not hormones). The thin spaces of 'P < 0.05' are kept as the "
               "source prints them. A correction notice on the page is not part of the abstract (left out)."),
        layout={"columns": 2, "font": "sans", "journal": "Journal of Ovarian Research (2021)"},
    ),
    RealText(
        id="en_animal_scrt2024_hesc_mpc_perimenopausal_mice", lang="en", kind="animal", batch=3,
        title="[[Multiple treatments|s:-]] with human embryonic stem cell-derived "
              "[[mesenchymal progenitor cells|c:msc]] preserved the fertility and ovarian function of perimenopausal "
              "mice undergoing natural aging",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Stem Cell Research & Therapy", year=2024, doi="10.1186/s13287-024-03684-6",
        url="https://stemcellres.biomedcentral.com/articles/10.1186/s13287-024-03684-6",
        licence="CC BY 4.0 (BMC, all articles)", species="mouse",
        abstract=(
            "**Objectives** Currently, no approved stem cell-based therapies for preserving ovarian function during "
            "aging. To solve this problem, we developed a long-term treatment for human embryonic stem cell-derived "
            "[[mesenchymal progenitor cells|c:msc]] (hESC-[[MPCs|c:msc]]). We investigated whether the cells "
            "retained their ability to resist ovarian aging, which leads to delayed reproductive senescence."),
        body=[
            "**Materials and methods** In a middle-aged female model undergoing natural aging, we analyzed whether "
            "hESC-[[MPCs|c:msc]] benefit the long-term maintenance of reproductive fecundity and ovarian reservoirs "
            "and how their transplantation regulates ovarian function.",
            "**Results** The number of primordial follicles and mice with regular estrous cycles were increased in "
            "perimenopausal mice who underwent [[multiple introductions|s:-]] of hESC-[[MPCs|c:msc]] compared to "
            "age-matched controls. The estradiol levels in the hESC-[[MPCs|c:msc]] group were restored to those in "
            "the young and adult groups. Embryonic development and live birth rates were higher in the "
            "hESC-[[MPC|c:msc]] group than in the control group, suggesting that hESC-[[MPCs|c:msc]] delayed ovarian "
            "senescence. In addition to their direct effects on the ovary, [[multiple-treatments|s:-]] with "
            "hESC-[[MPCs|c:msc]] reduced ovarian fibrosis by downregulating inflammation and fibrosis-related genes "
            "via the suppression of myeloid-derived suppressor cells (MDSCs) produced in the bone marrow.",
            "**Conclusions** [[Multiple introductions|s:-@human]] of hESC-[[MPCs|c:msc@human]] could be a useful "
            "approach to prevent female reproductive senescence and that these cells are promising sources for cell "
            "therapy to postpone the ovarian aging and retain fecundity in perimenopausal women.",
        ],
        notes=("Mouse study of natural ageing (species mouse). Human embryonic stem cell-derived mesenchymal "
               "progenitor cells (hESC-MPCs) are taken as msc, by the rule for iPSC-derived MSCs (the embryonic "
               "stem cell is their origin, not the therapy; no canonical id for ESC-derived MSCs): the span is the "
               "MSC part, 'mesenchymal progenitor cells' / 'MPCs' in 'hESC-MPCs'. Sessions: 'Multiple treatments', "
               "'multiple introductions', 'multiple-treatments' = repeated administrations, count null (per "
               "mention). The Conclusions are a clinical promise for perimenopausal women (no species). Traps: "
               "'estradiol levels ... were restored to those in the young and adult groups' (restore without a "
               "direction: no fact, by the guide's Decision), 'long-term treatment' (no duration, no follow-up), "
               "'myeloid-derived suppressor cells (MDSCs) produced in the bone marrow' (not a therapy), 'stem "
               "cell-based therapies' (generic), 'age-matched controls'."),
        layout={"columns": 1, "font": "serif", "journal": "Stem Cell Research & Therapy (2024)"},
    ),
    RealText(
        id="en_animal_scrt2017_hamsc_haec_poa_mice", lang="en", kind="animal", batch=3,
        title="Different therapeutic effects of cells derived from human amniotic membrane on premature ovarian aging "
              "depend on distinct cellular biological characteristics",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Stem Cell Research & Therapy", year=2017, doi="10.1186/s13287-017-0613-3",
        url="https://stemcellres.biomedcentral.com/articles/10.1186/s13287-017-0613-3",
        licence="CC BY 4.0 (BMC, all articles)", species="mouse",
        abstract=(
            "**Background** Many reports have shown that various kinds of stem cells have the ability to recover "
            "premature ovarian aging (POA) function. Transplantation of [[human amniotic epithelial cells|c:haec]] "
            "([[hAECs|c:haec]]) improves ovarian function damaged by chemotherapy in a mice model. Understanding of "
            "how to evaluate the distinct effects of adult stem cells in curing POA and how to choose stem cells in "
            "clinical application is lacking."),
        body=[
            "**Methods** To build a different degrees of POA model, mice were administered different doses of "
            "cyclophosphamide: light dose ([[70 mg/kg|d:70,mg/kg,-]], 2 weeks), medium dose "
            "([[70 mg/kg|d:70,mg/kg,-]], 1 week; [[120 mg/kg|d:120,mg/kg,-]], 1 week), and high dose "
            "([[120 mg/kg|d:120,mg/kg,-]], 2 weeks). Enzyme-linked immunosorbent assay detected serum levels of sex "
            "hormones, and hematoxylin and eosin staining allowed follicle counting and showed the ovarian tissue "
            "structure. DiIC18(5)-DS was employed to label [[human amniotic mesenchymal stem cells|c:am]] "
            "([[hAMSCs|c:am]]) and [[hAECs|c:haec]] for detecting the cellular retention time in ovaries by a live "
            "imaging system. Proliferation of human ovarian granule cells (ki67, AMH, FSHR, FOXL2, and CYP19A1) and "
            "immunological rejection of human peripheral blood mononuclear cells (CD4, CD11b, CD19, and CD56) were "
            "measured by flow cytometry (fluorescence-activated cell sorting (FACS)). Distinction of cellular "
            "biological characteristics between [[hAECs|c:haec@human]] and [[hAMSCs|c:am@human]] was evaluated, "
            "such as collagen secretory level (collagen I, II, III, IV, and VI), telomerase activity, pluripotent "
            "markers tested by western blot, expression level of immune molecules (HLA-ABC and HLA-DR) analyzed by "
            "FACS, and cytokines (growth factors, chemotactic factors, apoptosis factors, and inflammatory factors) "
            "measured by a protein antibody array methodology.",
        ],
        notes=("Mouse study (species mouse); abstract Background and Methods (the stored copy breaks off in the "
               "Results). Cell types: human amniotic epithelial cells (hAECs) = amniotic_epithelial_cell, human "
               "amniotic MSCs (hAMSCs) = amniotic_msc; the cited hAEC study is a mouse study; the in-vitro "
               "comparison of hAECs and hAMSCs carries no species. Doses: the cyclophosphamide model doses, one "
               "fact per number as printed (70 and 70, 120 and 120 mg/kg), each in its dose arm (light, medium, "
               "high: arms are not marked in this corpus). Traps: '2 weeks' / '1 week' (durations of dosing, not "
               "follow-up, no sessions count), 'human amniotic membrane' (a tissue), 'human peripheral blood "
               "mononuclear cells' (an immune-rejection assay, not a therapy), 'AMH, FSHR' as granulosa-cell "
               "markers (no change), 'serum levels of sex hormones' (no named hormone), 'various kinds of stem "
               "cells'/'adult stem cells' (generic), collagen numbering I-VI, CD numbers."),
        layout={"columns": 2, "font": "serif", "journal": "Stem Cell Research & Therapy (2017)"},
    ),
    RealText(
        id="en_animal_xiao2014_afsc_bucy_mice", lang="en", kind="animal", batch=3,
        title="[[Amniotic fluid stem cells|c:afsc]] prevent follicle atresia and rescue fertility of mice with "
              "premature ovarian failure induced by chemotherapy",
        authors="Xiao Guan-Yu, Liu I-Hsuan, Cheng Chun-Chun, Chang Chia-Chun, Lee Yen-Hua, Teng Kuei Cheng Winston, "
                "Wu Shinn-Chih",
        journal="PLoS ONE 9(9):e106538", year=2014,
        doi="10.1371/journal.pone.0106538 (PLOS DOI of article e106538; the stored copy gives the article number)",
        url="https://scholars.uky.edu/en/publications/amniotic-fluid-stem-cells-prevent-follicle-atresia-and-rescue-fer",
        licence="CC BY (PLOS, all articles; the stored copy prints '© 2014 Xiao et al.')", species="mouse",
        abstract=(
            "Chemotherapy used to treat cancer may cause irreversible premature ovarian failure (POF). Of late, "
            "[[amniotic fluid stem cells|c:afsc@human]] ([[AFSCs|c:afsc@human]]) provide a novel source for "
            "regenerative medicine because of their primitive stage, low immunogenicity, and easy accessibility. In "
            "this study, we isolated [[AFSCs|c:afsc@human]] from transgenic mice that ubiquitously express enhanced "
            "green fluorescence protein (EGFP). These [[AFSCs|c:afsc@human]] exhibited morphologies, "
            "immunophenotypes, and mesoderm trilineage differentiation potentials similar to "
            "[[mesenchymal stem cells|c:msc@human]] ([[MSCs|c:msc@human]]). Further, [[AFSCs|c:afsc@human]] "
            "proliferated faster than [[MSCs|c:msc@human]] and expressed OCT4, a marker for pluripotency. To "
            "investigate their potential in recovering fertility in POF model, [[AFSCs|c:afsc]] were "
            "[[transplanted into the ovaries|r:io]] of mice with POF six weeks post induction using chemotherapeutic "
            "drugs, busulfan and cyclophosphamide. [[AFSCs|c:afsc]] could rescue the reproductive ability of mice "
            "with POF by preventing follicle atresia and sustaining the healthy follicles. Notably, the transplanted "
            "[[AFSCs|c:afsc]] did not differentiate into granulosa and germline cells in vivo. After "
            "[[one month|f:1,month]], the decreased numbers of transplanted [[AFSCs|c:afsc]] accompanied with the "
            "reduced beneficial effects indicated that the therapeutic efficacy were directly from "
            "[[AFSCs|c:afsc]]. These findings demonstrated the therapeutic effects of [[AFSCs|c:afsc]] and suggested "
            "the promise of [[AFSCs|c:afsc@human]] for treating infertility and POF caused by chemotherapy."),
        notes=("Mouse study (species mouse for the transplantation experiment). Amniotic fluid stem cells (AFSCs) "
               "= amniotic_fluid_stem_cell (mark alias 'afsc' added to corpus/make_papers.py this round). The "
               "general sentence on AFSCs, the isolation and in-vitro characterisation of the cells (comparison "
               "with MSCs) and the closing clinical promise carry no species; 'similar to mesenchymal stem cells "
               "(MSCs)' and 'faster than MSCs' are mentions of MSCs (two names, as abbreviations defined in "
               "parentheses), without species. Route: 'transplanted into the ovaries' (intraovarian). Follow-up: "
               "'After one month' the transplanted cells and their effects were assessed (1 month). Traps: 'six "
               "weeks post induction' (time from the model to transplantation, not a follow-up), busulfan and "
               "cyclophosphamide named without doses or routes, OCT4/EGFP (markers). The stored copy is the "
               "author institution's research portal (abstract, journal, article number, copyright line); PLOS "
               "publishes every article under CC BY."),
        layout={"columns": 1, "font": "sans", "journal": "PLoS ONE 9(9): e106538 (2014)"},
    ),
    RealText(
        id="en_animal_aging_mensc_mitochondria_aged_mice", lang="en", kind="animal", batch=3,
        title="(title not in the stored copy; Aging (Albany NY) article 204043, abstract)",
        authors="(not shown in the stored copy)",
        journal="Aging (Albany NY)", year=0, doi="https://aging-us.com/article/204043",
        url="https://aging-us.com/article/204043",
        licence="CC BY (Aging, all articles; no statement in the stored excerpt)", species="mouse",
        abstract=(
            "Aging causes a decline in ovarian function and may contribute to ovarian failure and infertility. We "
            "investigated the effect of [[menstrual blood-derived mesenchymal stem cells|c:men]] ([[MenSCs|c:men]]) "
            "and their [[mitochondria|c:mito]] on ovarian function in aged mice. We performed two treatment "
            "protocols: i) ovaries of recipient aged mice were treated in vivo with [[MenSCs|c:men]] 3D alginate "
            "gel; ii) [[ovaries were injected|r:io]] with [[mitochondria|c:mito]] suspension and then incubated with "
            "mitochondrial 3D gel. [[Seven days|f:7,day]] after treatment, ovaries were harvested for histological "
            "assessment by HE staining and transcriptomic analysis by RNA-seq. Our data showed that after incubation "
            "with stem cell 3D gel, the [[MenSCs|c:men]] could be detected in the recipient mouse ovary. HE staining "
            "showed that the follicular state of aging ovary improved with both treatments. RNA-seq analysis showed "
            "that mitochondrial pathway-related genes were upregulated and significantly enriched in the ovaries "
            "treated by [[MenSCs|c:men]] or their [[mitochondria|c:mito]]."),
        body=[
            "**Conclusions:** Treatment with [[MenSCs|c:men]] or their [[mitochondria|c:mito]] can enhance the "
            "expression of mitochondrial pathway-related genes and promote the recovery of ovarian function in aged "
            "mice.",
        ],
        notes=("Mouse study of ovarian ageing (species mouse). The stored copy holds the abstract only (no title, "
               "authors or year: placeholders, year 0). Cell types: MenSCs = menstrual_blood_msc; the MenSCs' "
               "mitochondria given as therapy = mitochondria (per mention). Route: 'ovaries were injected with "
               "mitochondria suspension' = intraovarian injection; the MenSC 3D alginate gel applied to the ovaries "
               "is not an injection (no route id). Follow-up: 'Seven days after treatment' ovaries harvested. "
               "Traps: 'mitochondrial 3D gel' and 'mitochondrial pathway-related genes' (adjectives, not mentions "
               "of the therapy), 'stem cell 3D gel' (generic), 'two treatment protocols' (not sessions), 'i)'/'ii)'. "
               "Licence: Aging (Impact Journals) publishes every article under CC BY; the stored excerpt prints no "
               "statement."),
        layout={"columns": 2, "font": "serif", "journal": "Aging (Albany NY)"},
    ),
    RealText(
        id="en_review_jor2020_stem_cell_trends_poi", lang="en", kind="review", batch=3,
        title="Recent trends in stem cell therapy for premature ovarian insufficiency and its therapeutic potential: "
              "a review",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Journal of Ovarian Research", year=2020, doi="10.1186/s13048-020-00671-2",
        url="https://ovarianresearch.biomedcentral.com/articles/10.1186/s13048-020-00671-2",
        licence="CC BY 4.0 (BMC, all articles)",
        abstract=(
            "Stem cell therapy is attracting attention in the field of regenerative medicine and is advancing "
            "rapidly. Many recent studies have applied stem cell therapy to treat reproductive system diseases; "
            "however, data are not yet available as to whether this therapy shows enhanced therapeutic effects. "
            "This paper analyzes recent preclinical studies on stem cell therapy for ovarian dysfunction in several "
            "types of animal models. Several clinical trials and pending projects are also discussed. This review "
            "will provide a background for developing stem cell therapies to enhance ovarian function."),
        body=[
            ("heading", "Introduction"),
            "Stem cells are unique in that they have the ability to self-renew and differentiate into specific "
            "tissues according to the surrounding environment and signals. Stem cells can be roughly divided into "
            "pluripotent and multipotent stem cells according to their differentiation potential [1]. Pluripotent "
            "stem cells can differentiate into any cells derived from the endoderm, mesoderm and ectoderm, whereas "
            "[[embryonic stem cells|c:esc]] ([[ESCs|c:esc]]) are the most pluripotent of all stem cells; they are "
            "derived from the inner cell mass of the blastocyst and possess unlimited ability to differentiate into "
            "various cell types [2]. Despite their unlimited potency, [[ESCs|c:esc]] are not frequently manipulated "
            "in research because of ethical reasons and the cancer risk, such as the risk of teratoma formation. The "
            "derivation of [[ESCs|c:esc]] is often considered unethical by those who oppose the disruption of the "
            "embryo, since the process of isolating [[ESCs|c:esc]] involves disrupting the blastocyst [3]. "
            "Considering such ethical concerns, there are alternatives of using [[ESCs|c:esc]], such as "
            "[[induced pluripotent stem cells|c:ipsc]] ([[iPSCs|c:ipsc]]) and [[mesenchymal stem cells|c:msc]] "
            "([[MSCs|c:msc]]), which is mostly used in research.",
        ],
        notes=("Review (abstract and the first paragraph of the Introduction, cut at a sentence end; the stored "
               "copy breaks off in the next sentence). General statements: no species. Cell types named as sources "
               "of stem cell therapy: embryonic stem cells (ESCs) = embryonic_stem_cell, induced pluripotent stem "
               "cells (iPSCs) = induced_pluripotent_stem_cell, MSCs = msc (per mention; mark aliases 'esc' and "
               "'ipsc' added to corpus/make_papers.py this round). Traps: 'Stem cell therapy', 'Stem cells', "
               "'pluripotent and multipotent stem cells', 'Pluripotent stem cells' (generic), 'several types of "
               "animal models' (no species named), 'Several clinical trials' (no number of patients), citation "
               "markers [1]-[3]."),
        layout={"columns": 2, "font": "sans", "journal": "Journal of Ovarian Research (2020)"},
    ),
    RealText(
        id="en_review_mawet2021_fertility_restoration_poi", lang="en", kind="review", batch=3,
        title="Restoration of Fertility in Patients with Spontaneous Premature Ovarian Insufficiency: New Techniques "
              "under the Microscope",
        authors="Marie Mawet et al. (full list in the DOI record)",
        journal="Journal of Clinical Medicine 10(23):5647", year=2021, doi="10.3390/jcm10235647",
        url="https://www.menopausesociety.be/publicaties/restoration-of-fertility-in-patients-with-spontaneous-premature-ovarian-insufficiency-new-techniques-under-the-microscope/",
        licence="CC BY 4.0 (MDPI, all articles)",
        abstract=(
            "Premature ovarian insufficiency (POI), a condition affecting up to 1% of women by the age of 40 years, "
            "is characterized by an extremely low chance of spontaneous pregnancy. Currently, fertility restoration "
            "options are virtually nonexistent for this population. To become pregnant, the only solution is egg "
            "donation. Interestingly, animal studies have provided encouraging results in terms of fertility "
            "restoration, and consequently, research has begun into the most promising approaches for women "
            "suffering from POI. The PubMed database was searched for studies in which techniques aiming at "
            "restoring fertility in women with spontaneous POI were tested. Although robust studies are lacking, the "
            "literature suggests a positive effect of certain techniques on fertility restoration in women with POI. "
            "The most promising approaches seem to be [[intraovarian injection|r:io]] of autologous platelet-rich "
            "plasma or of [[mesenchymal stem cells|c:msc]]. In addition to these, in vitro and mechanical activation "
            "of dormant follicles and etiology-driven therapies have also been studied with mixed results. No safety "
            "concerns were raised in these studies. The absence of robust studies does not allow us to draw "
            "meaningful conclusions on the efficacy or superiority of any single technique at this stage, and so "
            "research in this area should continue using robust study designs, i.e., multicenter randomized "
            "controlled trials including sufficient subjects to achieve statistical power."),
        notes=("Review of fertility-restoration techniques in women with spontaneous POI (abstract). Facts of the "
               "cited clinical studies: 'intraovarian injection' (of PRP or of MSCs: one route mention) and "
               "'mesenchymal stem cells' (msc); no species (clinical). Traps: 'up to 1% of women by the age of 40 "
               "years' (a prevalence and an age), 'animal studies' (no therapy or species named), 'autologous "
               "platelet-rich plasma' (PRP, not a cell type), 'in vitro and mechanical activation of dormant "
               "follicles' (IVA, not the segova route), 'multicenter randomized controlled trials including "
               "sufficient subjects' (no number). The stored copy is the Belgian Menopause Society's publication "
               "page with the abstract; journal, volume and DOI from a copy of the MDPI article page."),
        layout={"columns": 1, "font": "serif", "journal": "J. Clin. Med. 2021, 10(23), 5647"},
    ),
    RealText(
        id="en_review_cureus_prp_intraovarian_sysreview", lang="en", kind="review", batch=3,
        title="A Systematic Review Evaluating the Efficacy of [[Intra-Ovarian Infusion|r:io]] of Autologous "
              "Platelet-Rich Plasma in Patients With Poor Ovarian Reserve or Ovarian Insufficiency",
        authors="Soumya R. Panda, Shikha Sachan, Smrutismita Hota",
        journal="Cureus", year=0, doi="10.7759/cureus.12037",
        url="https://docslib.org/doc/4121756/rich-plasma-in-patients-with-poor-ovarian-reserve-or-ovarian-insufficiency",
        licence="CC BY 4.0 (Cureus, all articles)",
        abstract=(
            "The emergence of autologous platelet-rich plasma (PRP) therapy reflects a break-through for infertile "
            "patients with premature ovarian failure. To study the efficacy of [[intra-ovarian infusion|r:io]] of "
            "autologous PRP on the improvement of ovarian reserve parameters and the subsequent artificial "
            "reproductive technique (ART) cycle outcomes in infertile women with poor ovarian reserve or premature "
            "ovarian insufficiency, a systematic search in electronic databases like Medline (through PubMed), "
            "Embase, Scopus, Web of Science, and Cochrane was done using relevant search terms. Except for case "
            "series, case reports, and review articles, all other types of studies, those evaluated for the effects "
            "of [[intra-ovarian infusion|r:io]] of PRP in subfertile women for decreased ovarian reserve (DOR) or "
            "premature ovarian insufficiency (POI) were included in our systematic review. The data were extracted "
            "from each eligible study and cross-checked by two authors. [[Intra-ovarian PRP infusion|r:io]] appears "
            "to be effective in ovarian rejuvenation, and the results of the subsequent intracytoplasmic sperm "
            "injection (ICSI) cycle are encouraging. PRP intervention was found to be beneficial in terms of an "
            "improvement in ovarian reserve parameters (increase in serum "
            "[[anti-mullerian hormone|h:AMH,inc]] or [[antral follicle count|h:AFC,inc]] or decrease in serum "
            "[[follicular stimulating hormone|h:FSH,dec]])."),
        notes=("Systematic review of intraovarian platelet-rich plasma (a related treatment, no cell type) in poor "
               "ovarian reserve / POI; abstract up to the sentence before the stored copy breaks off. The stored "
               "copy is the article's PDF text (docslib.org), which prints 'Intra- ovarian' across a line break: "
               "written here as the one word it is; year not shown in that copy (0). Facts reported from the "
               "reviewed studies (clinical, no species): the route 'intra-ovarian infusion' (three mentions plus "
               "the title), and the pooled direction of the ovarian reserve markers — AMH increase, AFC increase, "
               "FSH decrease (one fact each, as coordinated hormones). Traps: 'case series, case reports, and review "
               "articles' (excluded study types, no number), 'two authors' (not patients), 'ovarian reserve "
               "parameters' (no named hormone), the database list, ICSI/ART."),
        layout={"columns": 2, "font": "serif", "journal": "Cureus"},
    ),
    RealText(
        id="en_case_fgene2021_poi_fertility_case_review", lang="en", kind="case", batch=3,
        title="Optimizing Fertility in Primary Ovarian Insufficiency: Case Report and Literature Review",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Frontiers in Genetics 12:676262", year=2021, doi="10.3389/fgene.2021.676262",
        url="https://frontiersin.org/journals/genetics/articles/10.3389/fgene.2021.676262/full",
        licence="CC BY 4.0 (Frontiers, all articles)",
        abstract=(
            "Primary ovarian insufficiency (POI) is a clinical spectrum of ovarian dysfunction. Overt POI presents "
            "with oligo/amenorrhea and hypergonadotropic hypogonadism before age 40 years. Overt POI involves chronic "
            "health problems to include increased morbidity and mortality related to estradiol deficiency and the "
            "associated osteoporosis and cardiovascular disease as well as psychological and psychiatric disorders "
            "related to the loss of reproductive hormones and infertility. Presently, with standard clinical "
            "testing, a mechanism for Overt POI can only be identified in about 10% of cases. Now discovery of new "
            "mechanisms permits an etiology to be identified in a research setting in 25–30% of overt cases. The "
            "most common genetic cause of Overt POI is premutation in FMR1. The associated infertility is life "
            "altering. Oocyte donation is effective, although many women prefer to conceive with their own ova. "
            "Surprisingly, the majority who have Overt POI still have detectable ovarian follicles (70%). The major "
            "mechanism of follicle dysfunction in Overt POI has been histologically defined by a prospective NIH "
            "study: inappropriate follicle luteinization due to the tonically elevated serum LH levels."),
        notes=("Case report with literature review (Frontiers in Genetics, published 23 June 2021 per the stored "
               "page). Only the first part of the abstract, up to the sentence before the stored copy breaks off "
               "(the case itself is described later): a negative text, no facts. Traps: 'before age 40 years', "
               "'about 10% of cases', '25–30% of overt cases', '(70%)', 'estradiol deficiency' and 'tonically "
               "elevated serum LH levels' (the disease described, not a change after an intervention), "
               "'hypergonadotropic hypogonadism', 'Oocyte donation' (not a cell therapy), 'a prospective NIH study' "
               "(no number)."),
        layout={"columns": 1, "font": "sans", "journal": "Front. Genet. 12:676262 (2021)"},
    ),
    RealText(
        id="en_animal_biomedicines2018_pbmc_iv_bucy_mice", lang="en", kind="animal", batch=3,
        title="[[Intravenous Infusion|r:iv]] of Nucleated Peripheral Blood Cells Restores Fertility in Mice with "
              "Chemotherapy-Induced Premature Ovarian Failure",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Biomedicines 6(3):93", year=2018, doi="10.3390/biomedicines6030093",
        url="https://pubmed.ncbi.nlm.nih.gov/30223591/", licence="CC BY 4.0 (MDPI, all articles)",
        species="mouse",
        abstract=(
            "Cancer treatment with specific chemotherapeutic agents has been well documented to have an adverse "
            "impact on female fertility leading to premature ovarian failure (POF). The objective of this study is to "
            "investigate if chemotherapeutic induced POF can be reversed by the infusion of autologous nucleated "
            "peripheral blood cells (PBMC). To reach our goal, mice were treated with a [[single|s:1]] "
            "[[intraperitoneal injections|r:ip]] of busulfan and cyclophosphamide to induce POF. This was followed "
            "by transfusion of PBMC. The ovarian morphology and functional parameters were monitored by "
            "radioimmunoassay, real-time PCR, immunofluorescence and immunohistochemistry analysis. Our study showed "
            "that chemotherapy (CTX) protracted estrous cycle period and repressed E2 production. In addition, CTX "
            "decreased the expressions of steroidogenesis markers, CYP-17 synthesis, StAR (steroidogenic acute "
            "regulatory protein), and Connexin-43 protein expression in the ovarian follicles. We also observed "
            "reduced numbers and sizes of the primordial and primary follicles in CTX-treated mice compared to "
            "untreated controls (p < 0.05). When both CTX and untreated control groups were stimulated with "
            "gonadotrophin, the control group produced ten times more ova than the CTX group. Finally, the treatment "
            "of premature ovarian failure induced by CTX with autologous PBMC transfusion resulted in "
            "over-expression and a statistically significant increase in several stem cell markers and restoration "
            "of fertility. Infusion with PBMC in CTX further decreased the estrous cycle length by 2.5 times "
            "(p < 0.01). We found that transfusion of autologous PBMC to mice with chemotherapy induced POF was very "
            "effective at restoring fertility. These results are similar to other studies using "
            "[[bone marrow derived mesenchymal stem cells|c:bm@human]]."),
        notes=("Mouse study (species mouse), abstract as printed on the PubMed page (the MDPI article is CC BY). "
               "Nucleated peripheral blood cells (PBMC) are unfractionated blood cells, not stem cells: no canonical "
               "id (like 'bone marrow-derived stem cells'; not peripheral_blood_stem_cell), so not marked. Route: "
               "the title's 'Intravenous Infusion' of the cells; 'intraperitoneal injections' of the model drugs "
               "(busulfan and cyclophosphamide, no doses); 'transfusion' alone names no route. Sessions: 'a single "
               "intraperitoneal injections' of the model drugs = one administration (count 1, the printed 'single'). "
               "The closing comparison with 'other studies using bone marrow derived mesenchymal stem cells' is "
               "general (no species). Traps: 'repressed E2 production' by CTX (model versus control: no "
               "hormone_change), 'ten times more ova', 'by 2.5 times' (estrous cycle length, not a hormone), p "
               "values, CYP-17/StAR/Connexin-43 (markers), 'several stem cell markers'."),
        layout={"columns": 2, "font": "sans", "journal": "Biomedicines 2018, 6(3), 93"},
    ),
    RealText(
        id="en_animal_scrt2017_haec_paracrine_fig7", lang="en", kind="animal", batch=3,
        title="Paracrine effects of [[human amniotic epithelial cells|c:haec@animal]] protect against "
              "chemotherapy-induced ovarian damage",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Stem Cell Research & Therapy", year=2017, doi="10.1186/s13287-017-0721-0",
        url="https://stemcellres.biomedcentral.com/articles/10.1186/s13287-017-0721-0/figures/7",
        licence="CC BY 4.0 (BMC, all articles)",
        abstract="",
        body=[
            "**Fig. 7** Schematic diagram illustrated the two possible mechanisms responsible for the restoration "
            "effects of [[hAECs|c:haec@animal]]-based therapy. (1) Left side showed the transdifferentiation ability "
            "of [[hAECs|c:haec@animal]] into FSHR-positive granulosa cells in chemotherapy-induced POF/POI model, "
            "which was considered as a small probability event. (2) Right side showed that "
            "[[hAECs|c:haec@animal]]-secreting cytokines exerted protective and restorable function on ovarian "
            "microenvironment against chemotherapy-induced damage via reducing apoptosis, promoting angiogenesis and "
            "regulating follicular development",
        ],
        notes=("A figure legend only (the stored copy is the article's figure page: title and the caption of "
               "Fig. 7, which ends without a full stop, kept as printed). Human amniotic epithelial cells (hAECs) "
               "= amniotic_epithelial_cell. The caption speaks of a 'chemotherapy-induced POF/POI model' without "
               "naming the species: every hAEC mention (title included, which states the model's finding) carries "
               "species animal. Traps: 'FSHR-positive' (a receptor, not a hormone change), '(1)'/'(2)' (list "
               "numbers, not sessions), 'small probability event', 'cytokines'."),
        layout={"columns": 2, "font": "serif", "journal": "Stem Cell Research & Therapy (2017)"},
    ),
    RealText(
        id="en_review_scrt2023_msc_poi_preclinical_table", lang="en", kind="review", batch=3,
        title="(title not in the stored copy; Stem Cell Research & Therapy 14:327, Table 1)",
        authors="(not shown in the stored copy)",
        journal="Stem Cell Research & Therapy 14:327", year=2023, doi="10.1186/s13287-023-03551-w",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC10644549/table/Tab1",
        licence="CC BY 4.0 (BMC, all articles)",
        abstract="",
        body=[
            "**Table 1.** Preclinical animal trials using [[MSCs|c:msc@animal]] to treat POI",
            "Animal model Stem cell type (or derivatives) Dosage Delivery route Results References",
            "CTX-induced Wistar–Imamichi rats [[Adipose-derived MSCs|c:ad@rat]] ([[ADSCs|c:ad@rat]]) "
            "[[2 × 10^{6} cells|d:2e6,cells,-@rat]] [[Intraovarian injection|r:io@rat]] [[ADSCs|c:ad@rat]] "
            "transplantation could induce angiogenesis and restore the number of ovarian follicles and corpus lutea "
            "in ovaries [21]",
            "CTX-induced C57/BL6 mice [[ADSCs|c:ad@mouse]] [[1 × 10^{6} cells|d:1e6,cells,-@mouse]], "
            "([[Intravenous|r:iv@mouse]]); [[1 × 10^{5} cells|d:1e5,cells,-@mouse]], ([[Intraovarian|r:io@mouse]]) "
            "[[Intravenous|r:iv@mouse]] and [[intraovarian injection|r:io@mouse]] [[ADSCs|c:ad@mouse]] "
            "transplantation could significantly upregulate the population of follicles at different stages and "
            "ovulation [22]",
            "CTX-induced white albino rats [[Amniotic membrane-derived MSCs|c:am@rat]] ([[AMMSCs|c:am@rat]]) and "
            "[[ADSCs|c:ad@rat]] [[5 × 10^{6} cells|d:5e6,cells,-@rat]] [[Intravenous injection|r:iv@rat]] Both "
            "[[AMMSCs|c:am@rat]] and [[ADSCs|c:ad@rat]] transplantation exert a significant therapeutic efficacy in "
            "chemotherapy-induced ovarian insult in rats; and [[AMMSCs|c:am@rat]] transplantation exert higher "
            "therapeutic efficacy when compared to [[ADSCs|c:ad@rat]] [23]",
            "CTX-induced Wistar rats [[Rat bone marrow-derived mesenchymal stem cells|c:bm@rat]] "
            "([[BMSCs|c:bm@rat]]) overexpressing miR-21 [[1 × 10^{6} cells|d:1e6,cells,-@rat]] "
            "[[Intraovarian injection|r:io@rat]] After [[BMSCs|c:bm@rat]] transplantation, the ovarian weight and "
            "follicle counts increased; [[estradiol|h:E2,inc@rat]] levels increased while [[FSH|h:FSH,dec@rat]] "
            "levels decreased, with less severe apoptosis of GCs [24]",
            "CTX-induced Sprague–Dawley (SD) rats LIPUS-pretreated human [[AMMSCs|c:am@rat]] "
            "[[4 × 10^{6} cells|d:4e6,cells,-@rat]] [[Intravenous injection|r:iv@rat]] LIPUS-pretreated "
            "[[AMMSCs|c:am@rat]] transplantation is more advantageous for reducing inflammation, improving the local "
            "microenvironment, and inhibiting GC apoptosis induced by chemotherapy [25]",
        ],
        notes=("A review's table of cited preclinical studies: caption, header and the first five rows exactly as "
               "the stored copy (PMC table page) prints them, each row flattened to one line of text (cells "
               "separated by spaces, as a PDF text layer gives a table); the stored copy breaks off inside row six. "
               "Laid out as paragraphs, not as a table, because the Results cells are sentences. No title or "
               "authors in the stored copy (placeholder title, no facts). Every fact is a cited study's, with the "
               "species of its row's animal model (rat or mouse); the caption's 'Preclinical animal trials using "
               "MSCs' names no species (animal). Cell types: ADSCs = adipose_msc, amniotic membrane-derived MSCs "
               "(AMMSCs) = amniotic_msc, rat BMSCs = bone_marrow_msc (per mention, Results cells included). Doses: "
               "one fact per number (cells, per null). Row 2 gives each dose its route in parentheses "
               "('(Intravenous)', '(Intraovarian)') and the route cell repeats both ('Intravenous and intraovarian "
               "injection': two facts). Row 4: estradiol increased, FSH decreased after BMSC transplantation (rat). "
               "Traps: 'CTX-induced' (no dose), 'LIPUS-pretreated' (ultrasound pretreatment of the cells), "
               "'overexpressing miR-21', 'ovarian weight and follicle counts increased' (not hormones), citation "
               "numbers [21]-[25], strain names. Superscripts written 10^{6} where the stored copy flattens them "
               "to '106'."),
        layout={"columns": 1, "font": "sans", "journal": "Stem Cell Research & Therapy (2023) 14:327"},
    ),
    RealText(
        id="en_review_fendo2023_msc_animal_meta_table", lang="en", kind="review", batch=3,
        title="(title not in the stored copy; Frontiers in Endocrinology 14:1165574, Table 1)",
        authors="(not shown in the stored copy)",
        journal="Frontiers in Endocrinology 14:1165574", year=2023, doi="10.3389/fendo.2023.1165574",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC10361781/table/T1",
        licence="CC BY 4.0 (Frontiers, all articles)",
        abstract="",
        body=[
            ("table", "**Table 1.** Characteristics of the included studies.", [
                ["Author, year", "Cases (SC/control)", "Mode of POF induction", "Type of Animal", "Type of MSCs (source)", "Cell dose/control", "Route of transplantation", "Follow-up", "Outcomes"],
                ["Yan PY, 2022 (15)", "10/10", "Chemotherapy-Induced", "SD rat", "[[ADMSCs|c:ad@rat]] (rat)", "[[5×10^{5}|d:5e5,cells,-@rat]]/0.9% saline", "[[IV|r:iv@rat]]", "[[28 days|f:28,day@rat]]", "LH, FSH, E2"],
                ["Zhao SY, 2022 (34)", "14/14", "Chemotherapy-Induced", "ICR mice", "[[UCMSCs|c:uc@mouse]] (human)", "[[2×10^{6}|d:2e6,cells,-@mouse]]/0.9% saline", "[[IV|r:iv@mouse]]", "[[14 days|f:14,day@mouse]]", "FSH, E2, AMH, PrF, PF, SF, AF"],
                ["Wu Y, 2021 (16)", "9/6", "Autoimmune-Induced", "SD rat", "[[UCMSCs|c:uc@rat]] (human)", "[[2×10^{6}|d:2e6,cells,-@rat]]/0.9% saline", "[[IO|r:io@rat]]", "[[21 days|f:21,day@rat]]", "PrF, PF, SF, MF, CL"],
                ["Deng TR, 2021 (11)", "8/8", "Chemotherapy-Induced", "C57BL/6 mice", "[[UCMSCs|c:uc@mouse]] (human)", "[[1×10^{6}|d:1e6,cells,-@mouse]]/PBS", "[[IV|r:iv@mouse]]", "[[28 days|f:28,day@mouse]]", "FSH, E2, EC, PF, SF, AF"],
                ["El-Derany MO, 2021 (10)", "30/30", "Radiation-Induced", "SD rat", "[[BMMSCs|c:bm@rat]] (rat)", "[[2×10^{6}|d:2e6,cells,-@rat]]/PBS", "[[IV|r:iv@rat]]", "[[21 days|f:21,day@rat]]", "FSH, E2, EC"],
                ["Zhang L, 2021 (44)", "5/5", "Chemotherapy-Induced", "rabbit", "[[UCMSCs|c:uc@animal]] (human)", "[[3×10^{7}|d:3e7,cells,-@animal]]/0.9% saline", "[[IV|r:iv@animal]]", "[[28 days|f:28,day@animal]]", "FSH, FSH/LH, E2, INHB, AMH, GF, AF, CL"],
                ["Zhang XY, 2021 (8)", "20/20", "Autoimmune-Induced", "SD rat", "[[UCMSCs|c:uc@rat]] (human)", "[[1×10^{6}|d:1e6,cells,-@rat]]/PBS", "[[IO|r:io@rat]]", "[[20 days|f:20,day@rat]]", "LH, FSH, E2, EC, NF"],
                ["Li Q, 2020 (17)", "12/12", "Chemotherapy-Induced", "SD rat", "[[BMMSCs|c:bm@rat]] (rat)", "[[1×10^{6}|d:1e6,cells,-@rat]]/0.9% saline", "[[IV|r:iv@rat]]", "[[45 days|f:45,day@rat]]", "FSH, E2, PrF, GF, MF, AF"],
                ["Wang Z, 2020 (9)", "15/15", "Autoimmune-Induced", "SD rat", "[[UCMSCs|c:uc@rat]] (human)", "[[4×10^{6}|d:4e6,cells,-@rat]]/PBS", "[[IV|r:iv@rat]]", "[[21 days|f:21,day@rat]]", "PrF, PF, SF, MF, CL"],
                ["Xu YY, 2020 (35)", "16/16", "Chemotherapy-Induced", "C57BL/6 mice", "[[MenSCs|c:men@mouse]] (human)", "[[4×10^{6}|d:4e6,cells,-@mouse]]/PBS", "[[IV|r:iv@mouse]]", "[[14 days|f:14,day@mouse]]", "E2"],
                ["Zhang J, 2020 (45)", "5/5", "Chemotherapy-Induced", "rabbit", "[[UCMSCs|c:uc@animal]] (human)", "[[3×10^{7}|d:3e7,cells,-@animal]]/0.9% saline", "[[IV|r:iv@animal]]", "[[28 days|f:28,day@animal]]", "FSH, E2"],
                ["Hou QN, 2019 (20)", "15/15", "Chemotherapy-Induced", "SD rat", "[[PMSCs|c:pl@rat]] (human)", "[[2×10^{7}|d:2e7,cells,-@rat]]/0.9% saline", "[[IV|r:iv@rat]]", "[[15 days|f:15,day@rat]]", "PF, SF, MF, AF"],
                ["Lin HW, 2019 (36)", "12/12", "Chemotherapy-Induced", "BALB/c mice", "[[UCMSCs|c:uc@mouse]] (human)", "[[4×10^{5}|d:4e5,cells,-@mouse]]/0.9% saline", "[[IV|r:iv@mouse]]", "[[7 days|f:7,day@mouse]]", "LH, FSH, E2,"],
            ], [0.12, 0.097, 0.118, 0.08, 0.115, 0.093, 0.122, 0.057, 0.197], 4.6),
        ],
        notes=("A meta-analysis's table of included animal studies of MSCs for POF: caption, header and the first "
               "thirteen rows as the stored copy (PMC table page) prints them; the copy breaks off inside row "
               "fourteen. The journal, volume and DOI are those printed on the stored copy of the same article's "
               "Table 2 page (PMC10361781/table/T2); no title or authors (placeholder title, no facts). Every fact "
               "is a cited study's, with the species of its row ('SD rat' rat; 'ICR/C57BL/6/BALB/c mice' mouse; "
               "'rabbit' animal). Per row: the MSC type (ADMSCs adipose_msc, UCMSCs umbilical_cord_msc, BMMSCs "
               "bone_marrow_msc, MenSCs menstrual_blood_msc, PMSCs placenta_msc; the '(rat)'/'(human)' source is "
               "the donor, not a species of the experiment), the cell dose (the number before the slash, unit "
               "cells, per null), the route (IV intravenous, IO intraovarian) and the follow-up in days. Traps: "
               "'Cases (SC/control)' such as '10/10' (animals, not patients), '0.9% saline'/'PBS' (control "
               "vehicles), the Outcomes lists 'LH, FSH, E2' etc. (measured variables, no direction), author-year "
               "citations with reference numbers, row 13's trailing comma (as printed). Superscripts written "
               "10^{5} where the stored copy flattens them to '105'."),
        layout={"columns": 1, "font": "sans", "journal": "Front. Endocrinol. 14:1165574 (2023)"},
    ),

    # English texts, fourth batch
    RealText(
        id="en_animal_ijms2022_pdmsc_dose_taa_rats", lang="en", kind="animal", batch=4,
        title="Can a Large Number of Transplanted [[Mesenchymal Stem Cells|c:msc]] Have an Optimal Therapeutic "
              "Effect on Improving Ovarian Function?",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="International Journal of Molecular Sciences 23(24):16009", year=2022, doi="10.3390/ijms232416009",
        url="https://discovery.researcher.life/article/can-a-large-number-of-transplanted-mesenchymal-stem-cells-have-"
            "an-optimal-therapeutic-effect-on-improving-ovarian-function/92bf0da241a33b758033f9f7f9475073",
        licence="CC BY 4.0 (MDPI, all articles)", species="rat",
        abstract=(
            "[[Mesenchymal stem cells|c:msc@human]] ([[MSCs|c:msc@human]]) are next-generation treatment in "
            "degenerative diseases. For the application of [[mesenchymal stem cell|c:msc@human]] therapy to "
            "degenerative disease, transplantation conditions (e.g., optimized dose, delivery route and regenerating "
            "efficacy) should be considered. Recently, researchers have studied the mode of action of "
            "[[MSC|c:msc@human]] in the treatment of ovarian degenerative disease. However, the evidence for the "
            "optimal number of cells for the developing stem cell therapeutics is insufficient. The objective of "
            "this study was to evaluate the efficacy in ovarian dysfunction, depends on cell dose. By "
            "[[intraovarian transplantation|r:io]] of low ([[1 × 10^{5}|d:1e5,cells,-]]) and high "
            "([[5 × 10^{5}|d:5e5,cells,-]]) doses of [[placenta-derived mesenchymal stem cells|c:pl]] "
            "([[PD-MSCs|c:pl]]) into thioacetamide (TAA)-injured rats, we compared the levels of apoptosis and "
            "oxidative stress that depend on different cell doses. Apoptosis and oxidative stress were significantly "
            "decreased in the transplanted (Tx) group compared to the non-transplanted (NTx) group in ovarian tissues "
            "from TAA-injured rats (* p < 0.05). In addition, we confirmed that follicular development was "
            "significantly increased in the Tx groups compared to the NTx group (* p < 0.05). However, there were no "
            "significant differences in the apoptosis, antioxidant or follicular development of injured ovarian "
            "tissues between the low and high doses [[PD-MSCs|c:pl]] group. These findings provide new insights into "
            "the understanding and evidence obtained from clinical trials for stem cell therapy in reproductive "
            "systems."),
        notes=("Rat study (thioacetamide-injured ovaries; species rat). The abstract is the stored copy's (a "
               "citation-index page); journal, volume and DOI are printed on a stored copy of the MDPI page "
               "(cricutcom-setup.com/1422-0067/23/24/16009/htm), which breaks off inside the abstract. The source "
               "prints the doses as '(1 × 105)' and '(5 × 105)' (superscripts flattened); written here as 10^5. "
               "Doses: two values, one fact each (cells, per null: no 'per ovary' wording). Route: 'intraovarian "
               "transplantation'. Placenta-derived MSCs (PD-MSCs) are placenta_msc, also in the group label 'low "
               "and high doses PD-MSCs group'. The first three sentences speak of MSCs in general (degenerative "
               "disease, researchers' mode-of-action studies): no species. The title names the study's own "
               "transplanted MSCs (rat). Traps: 'optimized dose, delivery route' (words, no values), 'optimal "
               "number of cells', 'cell dose', 'thioacetamide (TAA)' (model agent without dose or route), the "
               "Tx/NTx groups, p values, 'stem cell therapeutics'/'stem cell therapy' (generic), 'clinical trials' "
               "(no number)."),
        layout={"columns": 2, "font": "sans", "journal": "Int. J. Mol. Sci. 2022, 23(24), 16009"},
    ),
    RealText(
        id="en_animal_selesniemi2008_bm_infusions_aging_mice", lang="en", kind="animal", batch=4,
        title="Young adult donor bone marrow infusions into female mice postpone age-related reproductive failure and "
              "improve offspring survival",
        authors="Kaisa Selesniemi, Ho-Joon Lee, Teruko Niikura, Jonathan L. Tilly",
        journal="Aging (Albany NY) 1(1):49-57", year=2008, doi="10.18632/aging.100002",
        url="https://www.aging-us.com/article/100002/amp (licence: https://www.aging-us.com/article/100002/text)",
        licence="CC BY (printed on the stored page: Creative Commons Attribution License)", species="mouse",
        abstract=(
            "The female reproductive axis is the first major organ system of the body to fail with advancing age. In "
            "addition to a permanent cessation of fertile potential, the loss of cyclic ovarian function in humans "
            "heralds the onset of menopause, which in turn underlies the emergence of a diverse spectrum of health "
            "issues in aging women. Recently, it was reported that bone marrow (BM) transplantation (BMT) into adult "
            "female mice conditioned a week earlier with highly cytotoxic drugs rescues ovarian function and "
            "fertility. Herein we show in mice receiving no prior conditioning regimen that once-monthly infusions "
            "of BM-derived cells retrieved from young adult female donors bearing an enhanced green fluorescent "
            "protein (EGFP) transgene sustain the fertile potential of aging wild-type females long past their time "
            "of normal reproductive senescence. The fertility-promoting effects of female donor BM are observed "
            "regardless whether the infusions are initiated in young adult or middle-aged females. Although the "
            "mechanism by which BM infusions benefit the reproductive performance of aging females remains to be "
            "elucidated, the absence of EGFP-expressing offspring suggests that it does not depend on development of "
            "mature eggs derived from germline-committed cells in the donor marrow. However, donor BM-derived "
            "somatic cells accumulate in the recipients, indicating efficient donor cell engraftment without prior "
            "conditioning. These findings provide a strong impetus to further explore development of adult stem "
            "cell-based technologies to safely extend function of the female reproductive axis into advanced age "
            "without the need for toxic pre-conditioning protocols routinely used in other models of stem cell "
            "delivery."),
        notes=("Mouse study of natural reproductive ageing (an ageing model, no chemotherapy in the study's own "
               "mice). A negative text: no facts. 'BM-derived cells' / 'donor BM' / 'bone marrow (BM) "
               "transplantation' are unfractionated bone marrow (a tissue; no canonical id, not bone_marrow_msc). "
               "'once-monthly infusions' is a frequency without a total (no sessions) and names no route "
               "('infusions' alone). 'adult stem cell-based technologies' is generic. Traps: 'conditioned a week "
               "earlier with highly cytotoxic drugs' (cited model, no drug, dose or route), 'young adult or "
               "middle-aged' (ages), 'EGFP-expressing offspring', 'menopause' and 'aging women' (no numbers)."),
        layout={"columns": 1, "font": "serif", "journal": "Aging, Volume 1, Issue 1, pp 49-57 (2008)"},
    ),
    RealText(
        id="en_animal_liu2022_ceffe_aged_mice", lang="en", kind="animal", batch=4,
        title="Cell-Free Fat Extract Improves Ovarian Function and Fertility in Mice With Advanced Age",
        authors="Mengyu Liu, Wenzhu Li, Xiaowei Zhou, Mingjuan Zhou, Wenjie Zhang, Qiang Liu, Aijun Zhang, Bufang Xu",
        journal="Frontiers in Endocrinology 13:912648", year=2022, doi="10.3389/fendo.2022.912648",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC9243446", licence="CC BY 4.0 (Frontiers, all articles)",
        species="mouse",
        abstract=(
            "The reduction in the quantity and quality of oocytes is the major factor affecting fertility in women "
            "with advanced age, who tend to experience delayed childbearing and declined fertility rate. However, "
            "effective therapeutic strategies to combat this decrease in ovarian function are lacking in clinical "
            "practice. Thus, identifying a new method to rescue ovarian function and improve reproduction in natural "
            "age-related decline in fertility is necessary. Cell-free fat extract (CEFFE) has been verified to "
            "possess diverse active proteins exerting anti-aging and proliferation-promoting effects. Nonetheless, "
            "whether CEFFE can rescue the decline in aged-related ovarian function and improve the fertility of "
            "females with advanced age remains unclear. In this study, a natural aging mouse model, exhibiting "
            "similarities to the physiological changes of ovarian senescence, was used to observe the anti-aging "
            "effect of CEFFE on ovarian functions. We found that CEFFE, [[injected via the veins|r:iv]], could "
            "recover the levels of the sex hormone, increase angiogenesis and the number of growth follicles in the "
            "natural aging mice model. Moreover, CEFFE promoted the development of embryos and increased the litter "
            "size of aged mice. Transcriptome analysis of the aged mouse ovaries revealed that CEFFE treatment "
            "upregulated the expression of genes involved in the repair of DNA damage. And both in vivo and in vitro "
            "experiment proved that CEFFE improved the function of granulosa cells, including promoting "
            "proliferation, alleviating senescence, and rescuing DNA damage in aged granulosa cells."),
        notes=("Mouse study in a natural ageing model (species mouse); not the same paper as "
               "en_animal_liu2022_ceffe_mice (POI mice, Stem Cell Res Ther). Abstract cut before its last sentence "
               "('Collectively, ...', where the stored copy breaks off). Cell-free fat extract (CEFFE) is not a cell "
               "type (guide). Route: 'injected via the veins' (intravenous, mouse). Traps: 'recover the levels of "
               "the sex hormone' (no named hormone, no direction), 'increase angiogenesis and the number of growth "
               "follicles', 'increased the litter size' (not hormones), 'women with advanced age' (no number)."),
        layout={"columns": 2, "font": "serif", "journal": "Front. Endocrinol. 13:912648 (2022)"},
    ),
    RealText(
        id="en_animal_marchante2023_nodscid_reproductive_aging", lang="en", kind="animal", batch=4,
        title="Deciphering reproductive aging in women using a NOD/SCID mouse model for distinct physiological "
              "ovarian phenotypes",
        authors="María Marchante, Noelia Ramirez-Martin, Anna Buigues, Jessica Martinez, Nuria Pellicer, Antonio "
                "Pellicer, Sonia Herraiz",
        journal="Aging (Albany NY) 15(20):10856-10874", year=2023, doi="10.18632/aging.205086",
        url="https://doi.org/10.18632/aging.205086",
        licence="CC BY 3.0 (printed on the stored page)", species="mouse",
        abstract=(
            "Female fertility is negatively correlated with age, with noticeable declines in oocyte quantity and "
            "quality until menopause. To understand this physiological process and evaluate human approaches for "
            "treating age-related infertility, preclinical studies in appropriate animal models are needed. Thus, we "
            "aimed to characterize an immunodeficient physiological aging mouse model displaying ovarian "
            "characteristics of different stages during women's reproductive life. NOD/SCID mice of different ages "
            "(8-, 28-, and 36–40-week-old) were employed to mimic ovarian phenotypes of young, Advanced Maternal Age "
            "(AMA), and old women (~18–20-, ~36–38-, and >45-years-old, respectively). Mice were stimulated, mated, "
            "and sacrificed to recover oocytes and embryos."),
        notes=("Mouse ageing-model characterisation (no therapy given in the passage): a negative text. Abstract "
               "cut after its fifth sentence (the stored copy breaks off in the sixth). Traps: mouse ages '8-, 28-, "
               "and 36–40-week-old' and the matched women's ages (ages, not follow-up), 'evaluate human approaches "
               "for treating age-related infertility' (no therapy named), 'Mice were stimulated, mated' (ovarian "
               "stimulation named without drug, dose or route), 'preclinical studies' (no number)."),
        layout={"columns": 1, "font": "sans", "journal": "AGING 2023, Vol. 15, No. 20"},
    ),
    RealText(
        id="en_animal_scrt2020_humsc_poi_background", lang="en", kind="animal", batch=4,
        title="(title not in the stored copy; Stem Cell Research & Therapy article 10.1186/s13287-020-01904-3, "
              "Background)",
        authors="(not shown in the stored copy)",
        journal="Stem Cell Research & Therapy", year=2020, doi="10.1186/s13287-020-01904-3",
        url="https://link.springer.com/doi/10.1186/s13287-020-01904-3", licence="CC BY 4.0 (BMC, all articles)",
        abstract="",
        body=[
            ("heading", "Background"),
            "Primary ovarian insufficiency (POI) is defined by the loss of ovarian function before the age of 40 in "
            "women, which causes infertility and premenopausal syndrome [1, 2]. The clinical manifestations are "
            "secondary or primary amenorrhea for at least 4 months and characterized by a decrease in serum "
            "estradiol (E2) levels and an increase in gonadotropin levels [3, 4]. The basic pathological changes "
            "include ovarian tissue fibrosis and follicular development disorders, but the etiology and pathogenesis "
            "of POI are still unknown [5, 6]. There are many reports that chemotherapy as a commonly used treatment "
            "for female tumor patients may lead to ovarian failure, including follicular loss, vascular damage, and "
            "tissue fibrosis, especially in young female patients [7,8,9,10]. Therefore, it is urgent to find an "
            "effective treatment.",
            "For the patients with primary ovarian insufficiency, the hormone replacement therapy (HRT) is the most "
            "commonly used treatment in clinical practice. Even though this treatment may alleviate the symptoms of "
            "patients with POI, it cannot fundamentally improve ovarian function. Moreover, the patients need to take "
            "medicine for a long time which may increase the risks of breast cancer and endometrial cancer [11]. "
            "Recently, the studies have shown that transplantation of "
            "[[mesenchymal stem cells|c:msc@animal]] ([[MSCs|c:msc@animal]]) could restore ovarian structure and "
            "function in POI animal models [12, 13]. The lower immunogenicity, higher proliferation capacity and less "
            "ethically controversial extraction methods to isolate the [[hUMSCs|c:uc]] might serve as a promising "
            "approach for the stem cell transplantation therapy [14,15,16]. However, the exact mechanisms to protect "
            "ovarian function following the [[hUMSC|c:uc]] treatment have not been fully investigated.",
        ],
        notes=("The first two paragraphs of the Background of a Stem Cell Research & Therapy research article on "
               "human umbilical cord MSCs (hUMSCs) for POI; the stored copy (Springer link page) starts at the "
               "Background and shows neither title nor authors (placeholder title, no facts), and its third "
               "paragraph is cut. Kind 'animal' is inferred (the passage cites POI animal models and the journal's "
               "hUMSC-POI studies are preclinical; no Methods in the stored copy) - doubtful. No default species: "
               "the cited 'POI animal models' give the MSC mentions species animal; hUMSCs as a promising approach "
               "and the unexplained mechanisms of hUMSC treatment are general statements (no species). Traps: "
               "'before the age of 40', 'at least 4 months' (diagnostic criteria), 'a decrease in serum estradiol "
               "(E2) levels and an increase in gonadotropin levels' (the disease, not a change after an "
               "intervention), HRT 'may alleviate the symptoms' (no hormone), 'stem cell transplantation therapy' "
               "(generic), citation numbers."),
        layout={"columns": 2, "font": "serif", "journal": "Stem Cell Research & Therapy (2020)"},
    ),
    RealText(
        id="en_clinical_fendo2021_poi_hr_os_466", lang="en", kind="clinical", batch=4,
        title="(title not in the stored copy; Frontiers in Endocrinology article 10.3389/fendo.2021.795724, abstract)",
        authors="(not shown in the stored copy; affiliations: Rose Ladies Clinic, Tokyo; St. Marianna University "
                "School of Medicine, Kanagawa; International University of Health and Welfare School of Medicine, "
                "Chiba, Japan)",
        journal="Frontiers in Endocrinology", year=2021, doi="10.3389/fendo.2021.795724",
        url="https://frontiersin.org/articles/10.3389/fendo.2021.795724/full",
        licence="CC BY 4.0 (Frontiers, all articles)",
        abstract=(
            "We analyzed data from [[466 patients|n:466]] with premature ovarian insufficiency (POI) who wished to "
            "have a biological child and were followed up while undergoing hormone replacement (HR) therapy with or "
            "without ovarian stimulation (OS) between April 2014 and December 2020. OS was conducted in 6891 cycles "
            "in 429 patients (Group OS), whereas only HR (Group HR) was conducted in 1117 cycles in 37 patients. The "
            "follicle growth rate was 48.3% (207/429) per patient in Group OS and 5.4% (2/37) in Group HR (p<0.01). "
            "There were 51 live births (LBs) in 50 patients during follow-up. In Group OS, the LB rate was 5.8% "
            "(47/807) in cycles where in vitro fertilization (IVF) and embryo transfer were attempted (Group IVF), and "
            "1.3% (3/236) in cycles where intrauterine insemination/timed intercourse was attempted (p<0.01). No "
            "pregnancies occurred in Group HR. Among the patients in Group IVF, the LB rate was significantly higher "
            "in patients aged <35 years at the initiation of follow-up than in patients who started at later ages "
            "(p<0.01). Among the cases who achieved an LB, 39 were patients with idiopathic POI (Group IVF-1, n=297) "
            "and seven were patients who had undergone surgical treatment for benign ovarian tumors (Group IVF-2, "
            "n=50); however, no LBs occurred in patients who had undergone treatment for malignancy (n=17), and only "
            "one in patients with chromosomal abnormalities (n=22). The LB rate per case in the patients in Group "
            "IVF-1 and those aged <35 years at the start of follow-up (Group IVF-1-a) was 24.1% (26/108), which was "
            "higher than those of the other age groups."),
        notes=("Retrospective clinical study of POI patients under hormone replacement with or without ovarian "
               "stimulation; the stored copy shows affiliations and the abstract but no title or author names "
               "(placeholder title, no facts; year from the DOI). Abstract cut before its last sentence (the stored "
               "copy breaks off inside it). A trap-rich text with one fact: the study population '466 patients'. "
               "Group OS (429 patients) and Group HR (37 patients) are groups formed afterwards from the treatment "
               "each patient happened to receive in a retrospective analysis, not pre-specified arms: not marked "
               "(doubtful; a reader could count them as arms). Traps: 6891/1117 cycles, ratios such as (207/429), "
               "'51 live births (LBs) in 50 patients' (outcome counts), subgroup sizes n=297, n=50, n=17, n=22 "
               "(formed afterwards by diagnosis), 'aged <35 years' (age), 'between April 2014 and December 2020' "
               "(a study period, not a follow-up length), 'during follow-up' (no length), no hormone change "
               "(hormone replacement is the treatment, no named hormone moves)."),
        layout={"columns": 1, "font": "serif", "journal": "Front. Endocrinol. (2021)"},
    ),
    RealText(
        id="en_clinical_ojog2019_dhea_por_rct", lang="en", kind="clinical", batch=4,
        title="Role of Dehydroepiandrosterone Supplementation in Improving Intracytoplasmic Sperm Injection Outcome "
              "for Women with Expected Poor Ovarian Response",
        authors="Abd El-Naser Abd El-Gaber Ali, Mustafa M. Khodry",
        journal="Open Journal of Obstetrics and Gynecology 9(3):91013", year=2019, doi="10.4236/ojog.2019.93036",
        url="http://file.scirp.org/Html/8-1431861_91013.htm",
        licence="CC BY 4.0 (printed on the stored page)",
        abstract=(
            "**Background:** As regard to adjuvant supplementations, nowadays dehydroepiandrosterone (DHEA) is widely "
            "used all over the world and is considered to be a potential agent to ameliorate the assisted "
            "reproduction technologies outcomes of infertile women with poor ovarian reserve. **Objective:** To find "
            "out the role of DHEA supplementation in improving intracytoplasmic sperm injection (ICSI) outcome for "
            "infertile women with expected poor ovarian response in controlled ovarian stimulation. **Setting:** "
            "Assisted reproduction unit of Obstetrics and Gynecology Department, Faculty of Medicine, South Valley "
            "University, Egypt. **Duration:** From April 2016 to May 2018. **Study Design:** A randomized "
            "double-blinded controlled trial. **Methods:** [[One hundred and forty infertile women|n:140]] with "
            "expected poor ovarian response prepared for ICSI procedure were included in this study. Patients were "
            "divided into two groups; group I (DHEA group) included [[70 patients|n:70]] received "
            "[[25 mg|d:25,mg,-]] DHEA 12 weeks prior to ICSI cycle and group II (placebo group) included "
            "[[70 patients|n:70]] received a placebo."),
        notes=("Randomised controlled trial of DHEA pre-treatment in expected poor responders (diminished ovarian "
               "reserve), a related treatment (no cell therapy). Abstract cut after the Methods (the stored copy "
               "breaks off inside the first Results sentence). Sample size: 'One hundred and forty infertile women' "
               "(140) and the two pre-specified randomised arms of 70 patients each. Dose: '25 mg' DHEA (a drug of "
               "the protocol; mg, per null: no 'per day' wording). Traps: '12 weeks prior to ICSI cycle' (duration "
               "of pre-treatment, not a follow-up), 'From April 2016 to May 2018' (study period), 'two groups' (no "
               "patients), the placebo (no dose), 'poor ovarian reserve' (disease)."),
        layout={"columns": 2, "font": "sans", "journal": "Open Journal of Obstetrics and Gynecology, 2019, 9(3)"},
    ),
    RealText(
        id="en_clinical_jor2014_otc_fertility_preservation", lang="en", kind="clinical", batch=4,
        title="Ovarian tissue cryopreservation followed by controlled ovarian stimulation and pick-up of mature "
              "oocytes does not impair the number or quality of retrieved oocytes",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Journal of Ovarian Research", year=2014, doi="10.1186/s13048-014-0080-8",
        url="https://ovarianresearch.biomedcentral.com/articles/10.1186/s13048-014-0080-8",
        licence="CC BY 4.0 (BMC, all articles)",
        abstract=(
            "**Background** The objective of this study was to evaluate the feasibility of fertility preservation in "
            "cancer patients by combined bilateral ovarian cortex cryopreservation and embryo freezing."),
        body=[
            "**Methods** This was a cohort-controlled study in a university hospital center. "
            "[[Sixteen patients|n:16]] with a recent cancer diagnosis were included in the study. They all consented "
            "to fertility preservation by a combined technique: ovarian tissue cryopreservation (OTC) followed by "
            "ovarian stimulation for in vitro fertilization (IVF) and embryo freezing. The control group included "
            "[[100 women|n:100]] of the same age undergoing IVF for male factor infertility.",
            "**Results** The mean number of metaphase II oocytes was 8.3 per patient (±7.7) and was not statistically "
            "different from the control group (8.1 ± 5.6). The mean number of good quality embryos obtained was not "
            "statistically different in the 2 groups (4.2 versus 4.4).",
            "**Conclusion** OTC before embryo freezing does not impair the number or quality of cryopreserved "
            "embryos, but increases fertility preservation potential.",
            ("heading", "Introduction"),
            "In recent decades, improvements in cancer survival rates in children and young adults have stimulated "
            "interest in fertility preservation (FP) techniques. Indeed, therapies which greatly increase life "
            "expectancy also accelerate oocyte depletion, leading to early menopause [1]. This risk of premature "
            "ovarian failure depends on the age of the patient at the time of gonadotoxic treatment and the type of "
            "chemo- and/or radiotherapy protocol (dose and number of cycles) applied [1]–[3]. Several options are "
            "currently available to preserve fertility in patients with cancer, including embryo cryopreservation, "
            "oocyte cryopreservation and ovarian tissue cryopreservation (OTC).",
        ],
        notes=("Cohort-controlled clinical study of fertility preservation before gonadotoxic cancer treatment (the "
               "prevention side of chemotherapy-induced POF; no cell therapy). Abstract plus the first paragraph of "
               "the Introduction, cut at a sentence end before the stored copy breaks off. Sample size: 'Sixteen "
               "patients' and the pre-specified control group of '100 women'. Traps: '8.3 per patient (±7.7)', "
               "'(8.1 ± 5.6)', '(4.2 versus 4.4)' (outcome means), 'the 2 groups', 'bilateral ovarian cortex "
               "cryopreservation' (a tissue procedure, no route id), '(dose and number of cycles)' of chemotherapy "
               "(words, no values or counts: no dose, no sessions), 'children and young adults' (no number), "
               "citation ranges [1]–[3]."),
        layout={"columns": 2, "font": "serif", "journal": "Journal of Ovarian Research (2014)"},
    ),
    RealText(
        id="en_clinical_sun2024_poi_art_retrospective_intro", lang="en", kind="clinical", batch=4,
        title="Pregnancy outcomes in women with primary ovarian insufficiency in assisted reproductive technology "
              "therapy: a retrospective study",
        authors="Bo Sun, Lu Li et al. (full list in the DOI record; not shown in the stored copies)",
        journal="Frontiers in Endocrinology", year=2024, doi="10.3389/fendo.2024.1343803",
        url="https://social.cn1699.cn/livenewss/news/1100104/Pregnancy-outcomes-in-women-with-primary-ovarian-"
            "insufficiency-in-assisted-reproductive-technology-therapy-a-retrospective-study (journal, DOI, title: "
            "https://public-pages-files-2025.frontiersin.org/journals/endocrinology/articles/10.3389/fendo.2024."
            "1343803/xml)",
        licence="CC BY 4.0 (Frontiers, all articles)",
        abstract="",
        body=[
            ("heading", "Introduction"),
            "Premature ovarian insufficiency (POI) is one of the most common and intractable causes of infertility in "
            "women of childbearing age. Due to the reduction of follicle pool or the abnormality of follicle "
            "function, patients under 40 years old lose normal ovarian function. The incidence rate of POI in women "
            "aged under 40 and 30 is 1% to 2% and 0.1%, respectively (1). The clinical manifestations are menopausal "
            "symptoms and long-term sequelae. The long-term sequelae include accelerated cognitive impairment, "
            "accelerated cardiovascular aging, infertility, and menopausal symptoms in advance (2). Infertility is the "
            "most important one in women during their childbearing years (3). The etiology of POI is diverse and "
            "complex, including genetic, autoimmune, metabolic, and iatrogenic, while most patients cannot find a "
            "clear cause (4). For women with POI, hormone replacement therapy (HRT) may help to improve the estrogen "
            "deficiency symptoms, such as hot flashes, sweating, and osteoporosis, and also prevent cardiovascular "
            "diseases. For women with POI with fertility requirements, oocyte donation, for POI patients, is an "
            "effective method to make their dream of becoming parents come true, and an increasing number of "
            "patients are beginning to receive this treatment (5). However, limiting the number of egg donation and "
            "medical ethics restrict this treatment. In recent years, stem cell therapy, in vitro activation (IVA), "
            "is the new treatment that could be applied (6, 7). Until now, there are several publications that "
            "reported a total of [[51 patients|n:51]] with POI undergoing IVA therapy. In those studies, 29.4% "
            "(15/51) patients with POI had oocyte development, 7.8% (4/51) patients with POI achieved clinical "
            "pregnancy, and 5.9% (3/51) patients with POI achieved successful vaginal delivery (6, 8, 9).",
        ],
        notes=("First paragraph of the Introduction of a retrospective clinical study (Frontiers in Endocrinology); "
               "the text is from a stored copy on a news-aggregator page, the title, journal and DOI from the stored "
               "Frontiers XML page (which shows only the first two authors). Cut at a sentence end before the copy "
               "breaks off. One fact, doubtful: 'a total of 51 patients with POI undergoing IVA therapy', the "
               "patients of cited clinical studies (pooled over several publications) - marked as a sample size; "
               "(15/51), (4/51), (3/51) are outcome counts. Traps: 'under 40 years old', 'aged under 40 and 30 is "
               "1% to 2% and 0.1%' (ages, prevalences), HRT 'may help to improve the estrogen deficiency symptoms' "
               "(symptoms, not an oestrogen change), 'stem cell therapy' (generic), 'in vitro activation (IVA)' (no "
               "route id), citation numbers in parentheses."),
        layout={"columns": 1, "font": "sans", "journal": "Front. Endocrinol. (2024)"},
    ),
    RealText(
        id="en_review_fendo2024_acupuncture_poi_meta", lang="en", kind="review", batch=4,
        title="(title not in the stored copy; Frontiers in Endocrinology article 10.3389/fendo.2024.1361573, a "
              "systematic review and meta-analysis of acupuncture RCTs in POI, abstract)",
        authors="(not shown in the stored copy; affiliations: Longhua Hospital and School of "
                "Acupuncture-Moxibustion and Tuina, Shanghai University of Traditional Chinese Medicine)",
        journal="Frontiers in Endocrinology", year=2024, doi="10.3389/fendo.2024.1361573",
        url="https://frontiersin.org/journals/endocrinology/articles/10.3389/fendo.2024.1361573/full",
        licence="CC BY 4.0 (Frontiers, all articles)",
        abstract=(
            "**Objective:** The aim of this study was to evaluate the therapeutic implications of acupuncture on "
            "improving ovarian function in women diagnosed with premature ovarian insufficiency (POI) through the "
            "implementation of randomized clinical trials (RCTs)."),
        body=[
            "**Methods:** A comprehensive search of eight databases was conducted to identify RCTs up until 5 October "
            "2023. The outcomes included the levels of sex hormones, antral follicle count (AFC), Kupperman score, and "
            "total effective rate. The risk of bias (RoB) tool was utilized to evaluate the quality of the included "
            "studies. In order to guarantee the robustness and reliability of the findings, subgroup and sensitivity "
            "analyses were performed to investigate potential sources of heterogeneity.",
            "**Results:** A total of 13 RCTs comprising [[775 patients|n:775]] were included in the study. "
            "Acupuncture demonstrated significant efficacy in reducing follicle-stimulating hormone "
            "([[FSH|h:FSH,dec]]) [SMD = 0.83, 95% CI (0.27, 1.39), I2 = 92%, p = 0.004], enhancing estradiol levels "
            "([[E2|h:E2,inc]]) [SMD = 0.50, 95% CI (0.07, 0.93), p = 0.02, I2 = 87%], and increasing anti-Müllerian "
            "hormone ([[AMH|h:AMH,inc]]) [SMD = 0.24, 95% CI (0.05, 0.44), p = 0.01, I2 = 8%], as well as improving "
            "the overall effective rate [RR = 1.22, 95% CI (1.10, 1.35), p < 0.01, I2 = 14%]. Subgroup analysis "
            "revealed that compared with non-acupuncture therapy, the acupuncture with Chinese herbal medicine (CHM) "
            "and hormone replacement therapy (HRT) group exhibited a substantial reduction in [[FSH|h:FSH,dec]] "
            "levels [SMD = 1.02, 95% CI (0.52, 1.51), I2 = 60%, p < 0.01]. Furthermore, the acupuncture with CHM "
            "group also exhibited a substantial reduction [SMD = 4.59, 95% CI (1.53, 7.65), I2 = 98%, p < 0.01].",
        ],
        notes=("Systematic review and meta-analysis of acupuncture RCTs in women with POI (a related, non-cell "
               "treatment). The stored copy shows affiliations and the abstract but no title or authors "
               "(placeholder title, no facts); the Results are cut before the sentence where the copy breaks off. "
               "Hormone changes after acupuncture (pooled from the cited RCTs): FSH decreased, E2 increased, AMH "
               "increased; in the subgroup sentence FSH decreased again ('a substantial reduction in FSH levels'). "
               "Marked on the abbreviation where the hormone's name is followed by it in parentheses, as in "
               "en_clinical_scrt2023_mensc_por. The last sentence's 'substantial reduction' names no hormone (no "
               "fact). Sample size, doubtful: '775 patients' pooled over the 13 included RCTs (patients of cited "
               "clinical studies) - marked; '13 RCTs' and 'eight databases' are not. Traps: 'the levels of sex "
               "hormones, antral follicle count (AFC)' (outcome list, no direction), SMD/CI/I2 values, 'up until 5 "
               "October 2023' (a search date), 'hormone replacement therapy (HRT) group' (a comparator arm, no "
               "hormone change of its own)."),
        layout={"columns": 2, "font": "sans", "journal": "Front. Endocrinol. (2024)"},
    ),
    RealText(
        id="en_case_jcm2018_prp_premature_menopause", lang="en", kind="case", batch=4,
        title="Autologous Platelet-Rich Plasma Treatment Enables Pregnancy for a Woman in Premature Menopause",
        authors="K. Sfakianoudis, M. Simopoulou, N. Nitsos, A. Rapani, A. Pappas, A. Pantou, M. Koutsilieris, "
                "K. Pantos, M. Chronopoulou, E. Deligeoroglou (as listed on https://rrm-academy.pages.dev/library/"
                "autologous-platelet-rich-plasma-treatment-enables-pregnancy-for-a-woman-in-prema)",
        journal="Journal of Clinical Medicine 8(1):1", year=2018, doi="10.3390/jcm8010001",
        url="https://pubmed.ncbi.nlm.nih.gov/30577435/", licence="CC BY 4.0 (MDPI, all articles)",
        abstract=(
            "This report presents the case of a woman aged 40 who has experienced premature menopause from the age "
            "of 35. Having rejected oocyte donation, she opted for [[intraovarian injection|r:io]] of autologous "
            "platelet-rich plasma with the aim to rejuvenate the ovarian tissue and enable the employment of her own "
            "gametes through in-vitro fertilization. [[Six weeks|f:6,week]] following the autologous platelet-rich plasma "
            "treatment, a significant reduction in the patient's follicle-stimulating hormone ([[FSH|h:FSH,dec]]) "
            "levels were noted. A natural in-vitro fertilization cycle led to a biochemical pregnancy, resulting in a "
            "spontaneous abortion at the 5th week of pregnancy. This is the first report of a successful autologous "
            "platelet-rich plasma application leading to pregnancy in menopause. This report uniquely contributes to "
            "the medical knowledge and challenges current practice in the context of infertility. The efficiency and "
            "safety of this treatment with regard to the reproductive system merits further investigation."),
        notes=("Case report of intraovarian platelet-rich plasma in premature menopause (related treatment; PRP is "
               "not a cell type). Facts: the route 'intraovarian injection' and an FSH decrease after treatment "
               "(marked on the abbreviation, as in en_clinical_scrt2023_mensc_por). Decisions: 'a woman' gives no "
               "sample_size (as en_case_hsu2020_prp_gonadotropin_poi); 'Six weeks following the ... treatment, a "
               "significant reduction ... were noted' is the time after the treatment at which outcomes were "
               "measured: a follow_up of 6 weeks (corrected: first annotated as no follow_up; ANNOTATION.md "
               "follow_up now says that a time point of assessment after the treatment is the follow-up in humans as"
               " in animals, and only the time to an event such as the '7 months following' of "
               "en_case_jmcr2020_intraovarian_bmsc is not). Traps: 'aged 40', 'from the age of 35' (ages), 'at the "
               "5th week of pregnancy' (gestational age), 'A natural in-vitro fertilization cycle' (one IVF cycle, "
               "not a session of the therapy)."),
        layout={"columns": 1, "font": "serif", "journal": "J Clin Med 2018; 8(1): 1"},
    ),
    RealText(
        id="en_review_frp2017_dor_fertility", lang="en", kind="review", batch=4,
        title="Fertility with early reduction of ovarian reserve: the last straw that breaks the Camel’s back",
        authors="Sabahat Rasool, Duru Shah",
        journal="Fertility Research and Practice 3:15", year=2017, doi="10.1186/s40738-017-0041-1",
        url="https://fertilityresearchandpractice.biomedcentral.com/articles/10.1186/s40738-017-0041-1 (Definition "
            "section: http://link.springer.com/article/10.1186/s40738-017-0041-1)",
        licence="CC BY 4.0 (BMC, all articles)",
        abstract=(
            "Diminished fertility and poor ovarian response pose a conundrum to the experts in the field of "
            "reproductive medicine. There is limited knowledge about the risk factors of diminished ovarian reserve "
            "other than the iatrogenic ones. One of the leading causes of infertility in women today is diminished "
            "ovarian reserve (DOR). DOR is characterized by a low number of eggs in a woman’s ovaries and/or with "
            "poor quality of the remaining eggs, which boils down to impaired development of the existing eggs, even "
            "with assisted reproductive techniques. A good number of such women with low ovarian reserve may "
            "conceive with their own eggs, if they are given individualized treatment that is tailored for their "
            "profile. Such patients should be counseled appropriately for an aggressive approach towards achieving "
            "fertility. The sooner the treatment is started, the better the chances of pregnancy."),
        body=[
            ("heading", "Background"),
            "Little is known about the risks, and management of diminished ovarian reserve (DOR), which is affected "
            "by age, genetics and environmental factors. The one thing certain about DOR is that it is irreversible "
            "and that these women are at risk of poor ovarian response to ovarian stimulation in Assisted "
            "Reproductive Technologies (ART) [1, 2]. DOR is a poor prognostic factor in ART, because of a decline in "
            "the quantity and quality of oocyte [3]. Age is the most well – known contributing factor to DOR, and "
            "probably the most important prognostic factor in fertility treatment of women with DOR "
            "[3].Age-related abnormal vascularization, oxidative stress, free radical imbalance, toxic and genetic "
            "changes, all contribute to the declining oocyte quality, which translates into abnormal fertilization, "
            "and disordered embryo implantation [3]. DOR is associated with poor ovarian response to ovarian "
            "stimulation, higher cycle cancellation rates and lower pregnancy rates during In Vitro Fertilization "
            "(IVF) [4].",
            ("heading", "Definition"),
            "DOR is defined as a decrease in the number of quality & quantity of oocytes [5]. It is used to describe "
            "women of reproductive age with regular cycles mostly ovulatory, whose response to stimulation or "
            "fecundity is reduced compared to women of comparable age. It is distinct from menopause or premature "
            "ovarian insufficiency. A woman’s chronological age is not the only determinant of ovarian reserve. Some "
            "studies have demonstrated an association between the cause of DOR and IVF outcome.",
            "Poor ovarian response (POR) implies a subnormal follicular response, which means less number of eggs "
            "retrieved after ovarian stimulation during IVF [4]. ESHRE defined POR using Bologna criteria in order "
            "to standardize the definition, since the variability in the definition of POR was striking.",
        ],
        notes=("Review of diminished ovarian reserve and poor ovarian response: abstract, Background and the start "
               "of the Definition section, cut before the Bologna criteria list (where the stored copy breaks off). "
               "A negative text: no therapy, dose, route or number of patients; 'individualized treatment' names "
               "nothing. Traps: 'a decline in the quantity and quality of oocyte', 'lower pregnancy rates', 'higher "
               "cycle cancellation rates' (no hormone), 'less number of eggs retrieved', 'Some studies' (no count), "
               "citation markers ('[3].Age-related' is printed without a space)."),
        layout={"columns": 2, "font": "sans", "journal": "Fertility Research and Practice (2017) 3:15"},
    ),
    RealText(
        id="en_review_ijms2023_ovarian_aging_metabolic", lang="en", kind="review", batch=4,
        title="Metabolic Mechanisms and Potential Therapeutic Targets for Prevention of Ovarian Aging: Data from "
              "Up-to-Date Experimental Studies",
        authors="Konstantinos Valtetsiotis, Georgios Valsamakis, Evangelia Charmandari, Nikolaos F. Vlahos",
        journal="International Journal of Molecular Sciences 24(12):9828", year=2023, doi="10.3390/ijms24129828",
        url="https://cricutcom-setup.com/1422-0067/24/12/9828/htm (a copy of the MDPI page)",
        licence="CC BY 4.0 (MDPI, all articles)",
        abstract=(
            "Female infertility and reproduction is an ongoing and rising healthcare issue, resulting in delaying "
            "the decision to start a family. Therefore, in this review, we examine potential novel metabolic "
            "mechanisms involved in ovarian aging according to recent data and how these mechanisms may be addressed "
            "through new potential medical treatments. We examine novel medical treatments currently available based "
            "mostly on experimental stem cell procedures as well as caloric restriction (CR), hyperbaric oxygen "
            "treatment and [[mitochondrial transfer|c:mito]]. Understanding the connection between metabolic and "
            "reproductive pathways has the potential to offer a significant scientific breakthrough in preventing "
            "ovarian aging and prolonging female fertility."),
        notes=("Review of metabolic mechanisms and treatments of ovarian ageing; abstract cut before its last "
               "sentence (the stored copy breaks off inside it). One fact, doubtful: 'mitochondrial transfer' is a "
               "treatment that gives mitochondria (cell_type mitochondria, 'cell-derived mitochondria given as "
               "therapy'); marked on the phrase since the text has no noun 'mitochondria'. 'experimental stem cell "
               "procedures' is generic (no cell type). Traps: 'caloric restriction (CR)', 'hyperbaric oxygen "
               "treatment' (no route or dose), 'metabolic mechanisms'."),
        layout={"columns": 1, "font": "serif", "journal": "Int. J. Mol. Sci. 2023, 24, 9828"},
    ),
    RealText(
        id="en_animal_salvatore2021_hasc_bucy_mice_lifespan", lang="en", kind="animal", batch=4,
        title="[[Human adipose-derived stromal cells|c:ad]] transplantation prolongs reproductive lifespan on mouse "
              "models of mild and severe premature ovarian insufficiency",
        authors="Giulia Salvatore, Massimo De Felici, Susanna Dolci, Cosimo Tudisco, Rosella Cicconi, Luisa "
                "Campagnolo, Antonella Camaioni, Francesca Gioia Klinger",
        journal="Stem Cell Research & Therapy 12:537", year=2021, doi="10.1186/s13287-021-02590-5",
        url="https://stemcellres.biomedcentral.com/articles/10.1186/s13287-021-02590-5 (authors, volume: "
            "https://pmc.ncbi.nlm.nih.gov/articles/PMC8504050)",
        licence="CC BY 4.0 (BMC, all articles)", species="mouse",
        abstract=(
            "**Background** Although recent studies have investigated the ability of "
            "[[Mesenchymal Stromal Cells|c:msc@animal]] ([[MSCs|c:msc@animal]]) to alleviate short-term ovarian "
            "damage in animal models of chemotherapy-induced Premature Ovarian Insufficiency (POI), no data are "
            "available on reproductive lifespan recovery, especially in a severe POI condition. For this reason, we "
            "investigated the potential of [[MSCs isolated from human adipose tissue|c:ad]] ([[hASCs|c:ad]]), since "
            "they are easy to harvest and abundant, in ameliorating the length and performance of reproductive life "
            "in both mild and severe chemotherapy-induced murine POI models."),
        body=[
            "**Methods** Mild and severe POI models were established by [[intraperitoneally|r:ip]] administering a "
            "light ([[12 mg/kg|d:12,mg/kg,-]] busulfan + [[120 mg/kg|d:120,mg/kg,-]] cyclophosphamide) or heavy "
            "([[30 mg/kg|d:30,mg/kg,-]] busulfan + [[120 mg/kg|d:120,mg/kg,-]] cyclophosphamide) dose of "
            "chemotherapy, respectively, in CD1 mice. In both cases, a week later, [[1 × 10^{6}|d:1e6,cells,-]] "
            "[[hASCs|c:ad]] were transplanted systemically [[through the tail vein|r:iv]]. After "
            "[[four additional weeks|f:4,week]], some females were sacrificed to collect ovaries for morphological "
            "evaluation. H&E staining was performed to assess stroma alteration and to count follicle numbers; "
            "immunofluorescence staining for αSMA was used to analyse vascularization. Of the remaining females, "
            "some were mated after superovulation to collect 2-cell embryos in order to evaluate their "
            "pre-implantation developmental capacity in vitro, while others were naturally mated to monitor litters "
            "and reproductive lifespan length. F1 litters’ weight, ovaries and reproductive lifespan were also "
            "analysed.",
            "**Results** [[hASC|c:ad]] transplantation alleviated ovarian weight loss and size decrease and reduced "
            "alterations on ovarian stroma and vasculature, concurrently preventing the progressive follicle "
            "stockpile depletion caused by chemotherapy.",
        ],
        notes=("Mouse study (busulfan + cyclophosphamide POI models; species mouse). Results cut after their first "
               "sentence (the stored copies break off in the second). The source prints '1 × 106' (superscript "
               "flattened); written here as 10^6. Model drugs: one dose fact per number (busulfan 12 and 30 mg/kg, "
               "cyclophosphamide 120 mg/kg in each regimen: two mentions), route 'intraperitoneally' (one fact for "
               "both drugs). Cells: hASCs (adipose_msc), '1 × 10^6' cells (per null), 'through the tail vein' "
               "(intravenous; 'systemically' restates it). Follow-up: ovaries collected 'After four additional weeks' "
               "(time after transplantation at which outcomes were assessed). The Background's MSCs are those of "
               "cited animal models (species animal); 'MSCs isolated from human adipose tissue' names the study's "
               "own cells (adipose_msc). Traps: 'a week later' (interval between chemotherapy and transplantation), "
               "'a light ... or heavy ... dose of chemotherapy' (words), '2-cell embryos', 'F1 litters’ weight', "
               "'short-term ovarian damage', 'CD1 mice' (strain)."),
        layout={"columns": 2, "font": "serif", "journal": "Stem Cell Research & Therapy (2021) 12:537"},
    ),
    RealText(
        id="en_animal_rbej2019_mbmsc_bstcr_epirubicin_mice", lang="en", kind="animal", batch=4,
        title="[[Menstrual blood derived mesenchymal stem cells|c:men]] combined with Bushen Tiaochong recipe "
              "improved chemotherapy-induced premature ovarian failure in mice by inhibiting GADD45b expression in "
              "the cell cycle pathway",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Reproductive Biology and Endocrinology", year=2019, doi="10.1186/s12958-019-0499-2",
        url="https://doi.org/10.1186%2Fs12958-019-0499-2", licence="CC BY 4.0 (BMC, all articles)",
        species="mouse",
        abstract=(
            "**Background** To investigate the therapeutic effects of "
            "[[menstrual blood derived mesenchymal stem cells|c:men]] ([[MB-MSCs|c:men]]) combined with Bushen "
            "Tiaochong recipe (BSTCR) on epirubicin induced premature ovarian failure (POF) in mice."),
        body=[
            "**Methods** Twenty-four female C57BL/6 mice of 6–8 weeks were [[intraperitoneally injected|r:ip]] with "
            "epirubicin to induce POF, and then they were randomized into 4 groups of 6 mice each and treated with "
            "PBS, [[MB-MSCs|c:men]], BSTCR, and [[MB-MSCs|c:men]] combined with BSTCR, respectively. Six mice of the "
            "same age were used as controls. Vaginal smear, TUNEL and hematoxylin-eosin staining were to observe "
            "estrous cycles, ovarian cell apoptosis and follicles. Enzyme-linked immunosorbent analysis determined "
            "serum estradiol, follicle-stimulating hormone (FSH) and anti-Müllerian hormone (AMH) levels. RT-qPCR "
            "and Western Blot analysis were to determine GADD45b, CyclinB1, CDC2 and pCDC2 expressions.",
            "**Results** Epirubicin treatment resulted in a decrease in the number of primordial, primary, secondary "
            "and antral follicles, an increase in the number of atretic follicles and ovarian cell apoptosis, a "
            "decrease in estradiol and AMH levels, an increase in FSH levels, and estrous cycle arrest. However, "
            "[[MB-MSCs|c:men]] combined with BSTCR rescued epirubicin induced POF through down-regulating GADD45b and "
            "pCDC2 expressions, and up-regulating CyclinB1 and CDC2 expressions. The combined treatment showed better "
            "therapeutic efficacy than BSTCR or [[MB-MSCs|c:men]] alone.",
            "**Conclusions** [[MB-MSCs|c:men]] combined with BSTCR improved the ovarian function of epirubicin "
            "induced POF mice, which might be related to the inhibition of GADD45b expression and the promotion of "
            "CyclinB1 and CDC2 expressions. The combined treatment had better therapeutic efficacy than BSTCR or "
            "[[MB-MSCs|c:men]] alone.",
        ],
        notes=("Mouse study (epirubicin-induced POF; species mouse). Menstrual blood derived MSCs (MB-MSCs) are "
               "menstrual_blood_msc, per mention including 'MB-MSCs combined with BSTCR' and 'MB-MSCs alone'. "
               "Route: the model drug was 'intraperitoneally injected' (mouse); the route of the cells is not "
               "stated. Bushen Tiaochong recipe (BSTCR, a herbal decoction) has no route or dose in the text. "
               "Traps: the Results' 'decrease in estradiol and AMH levels, an increase in FSH levels' are caused by "
               "epirubicin (model versus control: no hormone_change); 'rescued epirubicin induced POF' gives no "
               "hormone direction; 'Twenty-four female C57BL/6 mice', '4 groups of 6 mice each', 'Six mice' "
               "(animals, not sample sizes); '6–8 weeks' (age); PBS (vehicle); the list of measured hormones."),
        layout={"columns": 1, "font": "sans", "journal": "Reprod Biol Endocrinol (2019)"},
    ),
    RealText(
        id="en_animal_jtm2015_cy_bu_background", lang="en", kind="animal", batch=4,
        title="(title not in the stored copy; Journal of Translational Medicine article 10.1186/s12967-015-0516-y, "
              "Background)",
        authors="(not shown in the stored copy)",
        journal="Journal of Translational Medicine", year=2015, doi="10.1186/s12967-015-0516-y",
        url="https://link.springer.com/doi/10.1186/s12967-015-0516-y", licence="CC BY 4.0 (BMC, all articles)",
        abstract="",
        body=[
            ("heading", "Background"),
            "Cancer patients—especially women younger than 40 years of age—who receive chemotherapy or radiation "
            "often suffer reproductive damage. This damage is frequently associated with premature ovarian "
            "failure/insufficiency (POF/POI) and infertility due to ovarian germ cell toxicity. Alkylating agents "
            "such as cyclophosphamide (Cy) carry the greatest risk of POF/POI of all chemotherapeutic drug classes "
            "[1-3]. Recently Kalich-Philosoph and colleagues reported that Cy treatment activates growth of the "
            "quiescent primordial follicle population in mice and depletes the ovarian reserve, leading to early "
            "ovarian failure and infertility [4]. Busulfan, another antineoplastic alkylating agent, is known to "
            "affect female reproduction via ovarian cytotoxicity. A [[single|s:1@mouse]] injection of "
            "[[40 mg/kg|d:40,mg/kg,-@mouse]] busulfan in mice leads to small follicle depletion and completely oocyte "
            "loss and it is dose-dependent [5, 6]. In rats, primordial and primary ovarian follicles of offspring were "
            "affected and caused oocyte loss and infertility by maternal treatment with busulfan [7]. It is primarily "
            "believed that dormant primordial follicles were a nonrenewable population representing the “ovarian "
            "reserve” of reproductive potential [8]. Activation of the primordial follicle initiates unidirectional "
            "and irreversible growth, inducing either ovulation or atresia [9]. Thus, long-term maintenance of most "
            "follicles in a dormant state is important to preserve the primordial follicle stockpile and restore "
            "ovarian function during cancer treatment.",
            "Stem cells are attractive because they are self-renewing and have the potential to differentiate into "
            "all three germ layers.",
        ],
        notes=("Background of a Journal of Translational Medicine research article on stem cells and "
               "chemotherapy-induced ovarian damage; the stored copy (Springer link page) starts at the Background "
               "and shows neither title nor authors (placeholder title, no facts); cut at a sentence end before the "
               "copy breaks off. Kind 'animal' is inferred from the passage (mouse and rat models; no Methods in the "
               "stored copy) - doubtful. No default species. Facts, all of cited mouse studies: 'A single injection "
               "of 40 mg/kg busulfan in mice' gives a dose (40 mg/kg) and one session (marked on 'single', as in "
               "en_animal_biomedicines2018_pbmc_iv_bucy_mice), species mouse. Traps: 'younger than 40 years of age', "
               "'Cy treatment ... in mice' and 'maternal treatment with busulfan' in rats (no dose, route or count), "
               "'dose-dependent' (a word), 'Stem cells' (generic), citation ranges [1-3]."),
        layout={"columns": 2, "font": "serif", "journal": "Journal of Translational Medicine (2015)"},
    ),

    # Chinese texts, fourth batch
    RealText(
        id="zh_review_hanspub2021_thin_endometrium_regen", lang="zh", kind="review", batch=4,
        title="再生医学在薄型子宫内膜治疗中的应用进展",
        authors="苑广慧, 郝翠芳, 吕伯瀚",
        journal="临床医学进展 11(2), Article ID 40301", year=2021, doi="10.12677/ACM.2021.112064",
        url="https://image.hanspub.org/Html/3-1571895_40301.htm",
        licence="CC BY 4.0 (Hans Publishers, all articles)",
        abstract=(
            "**摘要:** 薄型子宫内膜(Thin endometrium, TE)是指子宫内膜厚度不足,从而导致胚胎种植率及临床妊娠率较低的情况。"
            "尽管临床上针对薄型子宫内膜的治疗方法较多,但总体治疗效果并不理想。再生医学作为一门新兴学科,近年来在TE治疗中"
            "取得一定进展,受到了全球医学界广泛关注。本文综述了TE的病因和发病机制以及再生医学在薄型子宫内膜治疗中的应用进展,"
            "以期对于提高对TE的认识并为临床治疗提供参考。"),
        notes=("Chinese review abstract on regenerative medicine for thin endometrium (bilingual in the source; the "
               "stored copy, the journal's HTML full text, breaks off inside the fifth sentence of the English "
               "abstract, so the English abstract is cut after its fourth sentence). A negative text from the "
               "neighbouring field (endometrium, not ovary): no cell type, dose, route or hormone is named, so no "
               "facts. Traps: the keywords '干细胞治疗' (generic stem cell therapy, and keywords hold no facts) and "
               "'富血小板血浆' (PRP is not a cell therapy), '再生医学' / 'Regenerative medicine' (no therapy named), "
               "'胚胎种植率及临床妊娠率' (outcomes, not hormones)."),
        layout={"columns": 1, "font": "serif", "journal": "临床医学进展 2021年 第11卷 第2期",
                "keywords": "**关键词:** 子宫内膜,再生医学,干细胞治疗,富血小板血浆",
                "en_title": "Research Progress of Regenerative Medicine in the Treatments for Thin Endometrium",
                "en_abstract": (
                    "**ABSTRACT:** Thin endometrium (TE) refers to the insufficient endometrium thickness, resulting in "
                    "low embryo implantation rate and clinical pregnancy rate. Although there are many clinical "
                    "treatments for thin endometrium, the overall therapeutic effect is not ideal. Regenerative "
                    "medicine, as a new discipline, has made some progress in the treatment of TE in recent years. It "
                    "has been widely concerned by the global medical and academic circles."),
                "en_keywords": "Licence: CC BY 4.0"},
    ),
    RealText(
        id="zh_review_hanspub2025_poseidon3_por", lang="zh", kind="review", batch=4,
        title="波塞冬组3人群的临床研究进展——波塞冬组3人群临床特征分析",
        authors="孙安邈, 张雅璇",
        journal="临床医学进展 15(4)", year=2025, doi="10.12677/acm.2025.1541211",
        url="https://www.hanspub.org/journal/paperinformation?paperid=112324",
        licence="CC BY 4.0 (Hans Publishers, all articles)",
        abstract=(
            "**摘要:** 波塞冬标准(Patient-Oriented Strategies Encompassing Individualized Oocyte Number, POSEIDON)是将反应"
            "卵巢状态的质量和数量指标结合后对卵巢低反应人群(Poor Ovarian Response, POR)进行分组的方式。在此标准下,"
            "波塞冬组3人群被定义为:患者年龄 < 35岁且AFC < 5枚,AMH < 1.2 ng/mL。既往研究普遍认同年龄增大是导致"
            "卵巢储备降低最关键的因素,但波塞冬组3人群却表现出年轻但卵巢储备功能低下的特点,辅助生殖技术(Assisted "
            "Reproductive Technology, ART)助孕结局不佳。因此通过对该人群的治疗前人群特征、治疗周期特征、妊娠并发症等方面"
            "进行综述,以期更好的满足波塞冬组3患者的生育需求,达到更好的ART效果。"),
        notes=("Chinese review abstract on young women with poor ovarian response and low ovarian reserve (POSEIDON "
               "group 3); bilingual in the source, the stored copy breaks off inside the third sentence of the "
               "English abstract, so the English abstract is cut after its second sentence. The stored copy prints "
               "'<' before 35岁 but U+02C2 (a look-alike of '<' that the PDF fonts lack) before 5枚 and 1.2 ng/mL: "
               "written '<' here, the only change. A negative text with threshold traps: 'AFC < 5枚', "
               "'AMH < 1.2 ng/mL' and 'an antral follicle count (AFC) of less "
               "than 5 and an anti-müllerian hormone (AMH) level of less than 1.2 ng/mL' define the group (no "
               "hormone_change, and 1.2 ng/mL is not a dose), '年龄 < 35岁' / 'under 35 years' are ages, '卵巢储备降低' / "
               "'卵巢储备功能低下' name no hormone, no therapy is given. No facts."),
        layout={"columns": 2, "font": "sans", "journal": "临床医学进展 2025年 第15卷 第4期",
                "keywords": "许可：CC BY 4.0",
                "en_title": ("Clinical Research Progress of POSEIDON Group 3 Population—Analysis of the Clinical "
                             "Characteristics of the POSEIDON Group 3 Population"),
                "en_abstract": (
                    "**Abstract:** Patient-Oriented Strategies Encompassing Individualized Oocyte Number (POSEIDON) is "
                    "a classification method that combines both quality and quantity indicators reflecting ovarian "
                    "response to categorize women with poor ovarian response (POR). Under this standard, the POSEIDON "
                    "Group 3 is defined as patients who are under 35 years of age, with an antral follicle count (AFC) "
                    "of less than 5 and an anti-müllerian hormone (AMH) level of less than 1.2 ng/mL."),
                "en_keywords": "Licence: CC BY 4.0"},
    ),

    # Chinese texts, fifth batch
    RealText(
        id="zh_clinical_hanspub2022_infertility_tcm_indicators", lang="zh", kind="clinical", batch=5,
        title="不孕症患者及孕前检查者中医证型与临床指标的相关性研究",
        authors="贾科萍, 朱惠莲, 傅萍",
        journal="中医学 11(6)", year=2022, doi="10.12677/TCM.2022.116163",
        url="https://www.hanspub.org/journal/PaperInformation.aspx?paperID=57775",
        licence="CC BY 4.0 (Hans Publishers, all articles)",
        abstract=(
            "**摘要:** 目的:研究不孕症患者(已发为不孕症)及孕前检查者(尚未发病为不孕症或尚未能诊断为不孕症)不同中医证型与"
            "临床指标的相关性,分阶段研究对于不孕症的早防早治意义重大。方法:选取[[155例|n:155]]不孕症患者及[[175例|n:175]]"
            "孕前检查者,采用Logistic回归分析统计法,分析中医证型与相关临床指标的关系。结果:1) AMH是不孕组肾虚型的保护因素"
            "(P < 0.01),FSH、E2是不孕组肾虚型的危险因素(P < 0.01, P < 0.05),FSH/AMH、(FSH × E2)/LH、LH是孕前组肾虚型的"
            "危险因素(P < 0.01, P < 0.05, P < 0.05);2) 年龄、AMH、BMI是不孕组痰湿型的危险因素(P < 0.01, P < 0.05, "
            "P < 0.05),AMH是孕前组痰湿型的危险因素(P < 0.01);3) PRL是不孕组肝郁型的危险因素(P < 0.01),年龄是孕前组肝郁型的"
            "保护因素(P < 0.05);4) LH是不孕组血瘀型的保护因素(P < 0.05)。结论:不孕症患者与孕前检查者的中医证型与临床指标"
            "呈现一定的相关性。"),
        notes=("Chinese clinical (cross-sectional) abstract from a Hans Publishers TCM journal: women with infertility and "
               "women at a pre-pregnancy check-up, TCM syndrome types against serum hormones. The stored copy (the "
               "journal's article page) breaks off inside the Methods of the English abstract, so the English abstract "
               "is cut after its first sentence (Objective). Volume and issue (11(6)) read from the DOI, the page shows "
               "neither. A trap text: no therapy is given. Facts: the two study groups, '155例' (infertile patients) "
               "and '175例' (pre-pregnancy examinees, a pre-specified comparison group, counted as a study arm: doubtful, "
               "they are not patients in the clinical sense). Traps: AMH/FSH/E2/LH named as protective or risk factors "
               "of a syndrome type (associations, no change after an intervention: no hormone_change); the ratios "
               "FSH/AMH and (FSH × E2)/LH; PRL (not a contract hormone); P values; 年龄 and BMI."),
        layout={"columns": 1, "font": "sans", "journal": "中医学 2022年 第11卷 第6期",
                "keywords": "许可：CC BY 4.0",
                "en_title": ("Study on the Correlation between TCM Syndrome Types and Clinical Indicators of Infertility "
                             "and Pre-Pregnancy Examiners"),
                "en_abstract": (
                    "**Abstract:** Objective: To study the correlation between different TCM syndrome types and clinical "
                    "indicators of infertility (already diagnosed as infertility) patients and pre-pregnancy examiners "
                    "(not yet developed infertility or not yet diagnosed as infertility), phase-by-stage study is of "
                    "great significance to the early prevention and treatment of infertility."),
                "en_keywords": "Licence: CC BY 4.0"},
    ),
    RealText(
        id="zh_review_hanspub2023_iua_etiology_therapy", lang="zh", kind="review", batch=5,
        title="宫腔粘连病因及诊治研究进展",
        authors="姑丽尼格尔·买合木提, 马俊旗",
        journal="临床医学进展 13(2)", year=2023, doi="10.12677/ACM.2023.132229",
        url="https://hanspub.org/journal/PaperInformation?paperID=61271",
        licence="CC BY 4.0 (Hans Publishers, all articles)",
        abstract=(
            "**摘要:** 宫腔粘连是各种病因素作用下的子宫内膜自行修复功能损伤性疾病,严重影响女性生育功能。妊娠期宫腔操作是导致"
            "宫腔粘连的主要病因,宫腔感染、子宫内膜修复障碍等也可能与该病的发生密切相关。宫腔镜检查是诊断宫腔粘连的金标准,"
            "宫腔镜宫腔粘连分离术是治疗IUA的首选方法,术后多需联用辅助治疗措施预防再粘连发生,但目前尚未对该病的最佳诊疗方案"
            "达成统一的评价标准。早发现、早诊断并及时采取措施提供依据,预防IUA,避免对子宫内膜造成更严重的伤害,为宫腔粘连的"
            "治疗开辟新思路。"),
        notes=("Chinese review abstract on intrauterine adhesion (IUA), a neighbouring field of the corpus (endometrium, "
               "not ovary); bilingual in the source. The stored copy (the journal's article page) breaks off inside the "
               "last sentence of the English abstract, so the English abstract is cut after its sixth sentence. The "
               "English title and abstract keep the stored copy's hyphens ('In-trauterine', 'Hys-teroscopy'). Volume "
               "and issue (13(2)) read from the DOI. A negative text: no cell type, dose, route, hormone or patient "
               "count. Traps: '宫腔镜宫腔粘连分离术' / 'Transcervical resection of adhesion' (surgery, not a cell "
               "therapy or route), '辅助治疗措施' / 'Postoperative adjuvant treatment' (unnamed), '妊娠期宫腔操作' "
               "(a cause)."),
        layout={"columns": 2, "font": "serif", "journal": "临床医学进展 2023年 第13卷 第2期",
                "keywords": "许可：CC BY 4.0",
                "en_title": "Advances in the Etiology and Therapy of In-trauterine Adhesions",
                "en_abstract": (
                    "**Abstract:** Intrauterine adhesion (IUA) is an endometrial injury disease caused by various "
                    "pathogenic factors, which seriously affects female genital health and reproductive function. "
                    "Intrauterine operation during pregnancy is the main cause of IUA. Furthermore, intrauterine "
                    "infection and less perfusion of endometrial blood flow may also be closely related to the onset and "
                    "progress of the disease. Hys-teroscopy is the gold standard for clinical diagnosis and treatment of "
                    "IUA. Transcervical resection of adhesion is currently an effective method to deal with IUA. "
                    "Postoperative adjuvant treatment is used to prevent adhesion recurrence, but there is no consensus "
                    "on the best diagnosis and treatment plan for this disease."),
                "en_keywords": "Licence: CC BY 4.0"},
    ),
    RealText(
        id="zh_review_hanspub2025_thin_endometrium_infertility_tcm", lang="zh", kind="review", batch=5,
        title="薄型子宫内膜不孕症的中西医研究进展",
        authors="崔静容, 杨柳, 宋瑞琳, 陈弄璋, 苏仙艳, 张晓春, 卜德艳",
        journal="临床医学进展 15(4): 129-138", year=2025, doi="10.12677/acm.2025.154910",
        url="https://www.hanspub.org/journal/paperinformation?paperid=110658",
        licence="CC BY 4.0 (Hans Publishers, all articles)",
        abstract=(
            "**摘要:** 随着社会压力增加,薄型子宫内膜导致不孕的患病率逐年上升,已经成为影响人类生殖健康和家庭幸福的重要疾病之一。"
            "改善薄型子宫内膜厚度及容受性是不孕症患者成功孕育的关键。本文通过对薄型子宫内膜不孕症的中西医相关发病机制及中西医"
            "治疗研究进展进行归纳与总结,以期为临床治疗薄型子宫内膜不孕提供更多的治疗思路。"),
        notes=("Chinese review abstract (bilingual in the source, both abstracts complete in the stored copy) on "
               "infertility from a thin endometrium, Chinese and Western medicine: the neighbouring field of the corpus. "
               "Not the article of zh_review_hanspub2021_thin_endometrium_regen (another author group, 2025). A negative "
               "text: no therapy, cell, dose, route, hormone or patient count is named. Traps: '子宫内膜厚度' / "
               "'thickness ... of thin endometrium' (an outcome, not ovarian_volume or a hormone), '患病率逐年上升' / "
               "'increased year by year' (prevalence, not a change after an intervention)."),
        layout={"columns": 1, "font": "serif", "journal": "临床医学进展 2025年 第15卷 第4期",
                "keywords": "许可：CC BY 4.0",
                "en_title": ("Research Progress on Thin Endometrium Infertility in Traditional Chinese Medicine and "
                             "Western Medicine"),
                "en_abstract": (
                    "**Abstract:** With the increase of social pressure, the prevalence of infertility caused by thin "
                    "endometrium has increased year by year, and has become one of the important diseases affecting "
                    "human reproductive health and family happiness. Improving the thickness and tolerance of thin "
                    "endometrium is the key to successful pregnancy in infertility patients. This article summarizes the "
                    "pathogenesis of thin endometrial infertility and the research progress in treatment of traditional "
                    "Chinese and Western medicine, in order to provide more treatment ideas for clinical treatment of "
                    "thin endometrial infertility."),
                "en_keywords": "Licence: CC BY 4.0"},
    ),
    RealText(
        id="zh_review_hanspub2023_dor_acupuncture_dialectics", lang="zh", kind="review", batch=5,
        title="针刺治疗DOR的辨证方法比较与分析",
        authors="龚云金, 郭建芳",
        journal="中医学 12(8)", year=2023, doi="10.12677/TCM.2023.128302",
        url="https://hanspub.org/journal/PaperInformation?paperID=70643",
        licence="CC BY 4.0 (Hans Publishers, all articles)",
        abstract=(
            "**摘要:** 卵巢储备功能减退是以不孕、月经紊乱、性激素缺乏或波动为主要临床表现的生殖内分泌疾病。近年来发病率增高且呈"
            "年轻化趋势,现代医学尚无疗效确切的治疗方法。在中医特色理论指导下,针灸治疗DOR具有疗效佳,且副作用小的优点,临床上"
            "广泛使用。目前临床上针刺治疗本病时多以脏腑辩证选穴为主,其次是根据月经周期辩证选穴,较少以冲、任、督经络辩证选穴;"
            "每种辩证选穴治疗方式均获良效,存在选穴数量过多的问题。然而,针灸治疗DOR以经络辩证更为合适,今后可以基于“肾主生殖”"
            "和“一源三岐”理论循经精准选取冲、任、督经脉上高效、少量穴位,使DOR患者获得良好疗效的同时减轻针刺带来的痛苦。"),
        notes=("Chinese review abstract on acupuncture for diminished ovarian reserve (DOR); bilingual in the source, the "
               "stored copy (the journal's article page) breaks off inside the fourth sentence of the English abstract, "
               "so the English abstract is cut after its third sentence. Volume and issue (12(8)) read from the DOI. A "
               "negative text: acupuncture is a treatment but gives no cell type, dose, route, sessions count or "
               "hormone direction. Traps: '性激素缺乏或波动' / 'sex hormone deficiency or fluctuation' (the disease "
               "described, no named hormone, no intervention), '发病率增高' (incidence), '选穴数量过多' / '少量穴位' "
               "(numbers of acupoints, not sessions), '针刺' / 'acupuncture' (no contract route)."),
        layout={"columns": 2, "font": "sans", "journal": "中医学 2023年 第12卷 第8期",
                "keywords": "许可：CC BY 4.0",
                "en_title": "Comparison and Analysis of Dialectic Methods for Acupuncture in the Treatment of DOR",
                "en_abstract": (
                    "**Abstract:** Diminished Ovarian Reserve is reproductive endocrine diseases which the clinical "
                    "manifestations are infertility, menstrual disorders, sex hormone deficiency or fluctuation-related "
                    "symptoms. In recent years, the incidence rate has increased and the trend of age is younger, and "
                    "there is no definitive treatment method in modern medicine. Under the guidance of the characteristic "
                    "theory of traditional Chinese medicine, acupuncture for the treatment of DOR has the advantages of "
                    "significant efficacy and small side effects, and is widely used in clinical practice."),
                "en_keywords": "Licence: CC BY 4.0"},
    ),
    RealText(
        id="zh_review_hanspub2025_endometrioma_cystectomy_ovarian_reserve", lang="zh", kind="review", batch=5,
        title="卵巢子宫内膜异位囊肿剥除术后卵巢储备功能研究",
        authors="王晨晨, 甘晓玲",
        journal="临床医学进展 15(3)", year=2025, doi="10.12677/acm.2025.153647",
        url="https://www.hanspub.org/journal/paperinformation?paperid=108948",
        licence="CC BY 4.0 (Hans Publishers, all articles)",
        abstract=(
            "**摘要:** 子宫内膜异位症(EMs)是生育年龄女性中常见的疾病,表现为痛经、慢性盆腔疼痛和不孕,并可能导致盆腔肿物的形成。"
            "卵巢子宫内膜异位囊肿作为其中的一种常见类型,对女性的卵巢储备功能造成一定影响,尤其在进行囊肿剥除术后,卵巢功能的"
            "恢复问题备受关注。文章旨在探讨卵巢子宫内膜异位囊肿剥除术对卵巢储备功能的影响及相关因素。首先,文章介绍了卵巢子宫"
            "内膜异位症的临床表现,包括不孕、月经异常和盆腔疼痛,并总结了药物治疗和手术治疗等常见治疗方法。接着,分析了卵巢子宫"
            "内膜异位囊肿剥除术对卵巢储备功能的影响,重点讨论了卵巢储备功能下降、术中卵巢组织切除及卵巢粘连等因素。最后,探讨了"
            "影响术后卵巢储备恢复的多种因素,包括囊肿的大小与位置、卵巢功能状态、患者年龄、子宫内膜异位症的严重程度及并发症等。"
            "文章还强调了术后治疗与护理在卵巢功能恢复中的重要作用。通过对相关因素的分析与总结,为临床治疗提供了指导意见,旨在"
            "提高卵巢功能恢复的效果,优化患者的生育预后。"),
        body=[
            ("heading", "1. 引言"),
            "子宫内膜异位症(Endometriosis, EMs)是生育年龄女性中常见且多发的疾病,主要表现为痛经、慢性盆腔疼痛和不孕,部分患者"
            "可能形成盆腔肿物[1]。该病的发病率约为6%~10%,而不孕女性中的发生率较高,约为38% (范围在20%~50%之间)。根据病变部位"
            "的不同,盆腔子宫内膜异位症可分为腹膜型、卵巢型和深部浸润型,其中卵巢型子宫内膜异位(卵巢内膜异位囊肿(Ovarian "
            "Endometriomas, OEm))是最常见的类型之一,约占17%~44%。卵巢型内膜异位症通常会引起卵巢皮质损伤,伴随正常卵巢组织的"
            "粘连和充血等变化,其病理特征是卵巢皮质损伤、正常卵巢组织的粘连和充血[2]。因此,研究卵巢子宫内膜异位症对卵巢储备"
            "功能的影响,对于改善患者的生育能力和生活质量具有重要意义。本文将结合相关研究,深入分析卵巢子宫内膜异位囊肿剥除术"
            "对卵巢储备功能的潜在影响,以期为临床治疗提供理论依据和实践指导。",
        ],
        notes=("Chinese review on ovarian reserve after cystectomy of ovarian endometriomas (iatrogenic loss of ovarian "
               "reserve: the DOR side of the corpus), abstract plus the whole introduction (section 1), both from the "
               "stored copy of the journal's article page; its English abstract is given only up to the end of the first "
               "sentence the stored excerpt shows whole. Volume and issue (15(3)) read from the DOI. A negative text "
               "with traps: '卵巢储备功能下降' / 'ovarian reserve' (no named hormone, no direction of a named hormone), "
               "'囊肿剥除术' (surgery: no cell type, dose or route), percentages '6%~10%', '38%', '20%~50%', '17%~44%' "
               "(prevalences, not doses or sample sizes), citation markers [1] [2]. No facts."),
        layout={"columns": 2, "font": "serif", "journal": "临床医学进展 2025年 第15卷 第3期",
                "keywords": "许可：CC BY 4.0",
                "en_title": "Study on Ovarian Reserve Function after Ovarian Endometriotic Cyst Removal",
                "en_abstract": (
                    "**Abstract:** Endometriosis (EMs) is a common disease among women of reproductive age, characterized "
                    "by dysmenorrhea, chronic pelvic pain, and infertility, and may lead to the formation of pelvic "
                    "masses."),
                "en_keywords": "Licence: CC BY 4.0"},
    ),
    RealText(
        id="zh_review_hanspub2022_iua_estrogen_prevention", lang="zh", kind="review", batch=5,
        title="宫腔粘连的治疗与预防进展",
        authors="庞雨欣, 刘晨, 楚光华, 田燕妮",
        journal="临床医学进展 12(10)", year=2022, doi="10.12677/ACM.2022.12101336",
        url="https://www.hanspub.org/journal/PaperInformation.aspx?paperID=56804",
        licence="CC BY 4.0 (Hans Publishers, all articles)",
        abstract=(
            "**摘要:** 宫腔粘连(Intrauterine adhesion, IUA)是多因素导致宫腔内形成纤维组织条带,也是导致妇科不孕症的常见原因之一,"
            "严重影响着广大育龄期妇女的身心健康。IUA可导致月经异常及妊娠相关并发症等。目前临床上较为认可的治疗方式为宫腔镜IUA"
            "分离术(Transcervical resection of adhension, TCRA),同时术后辅以激素类药物或宫腔置入物理屏障等方式预防粘连复发。"
            "但雌激素的用药剂量及用药时机仍存在争议,本文就IUA的相关发病原因、诊断及雌激素在宫腔粘连治疗中的应用进行综述,"
            "旨在为IUA的诊疗提供一些思考。"),
        notes=("Chinese review abstract on the treatment and prevention of intrauterine adhesion (IUA) with estrogen; "
               "bilingual in the source, both abstracts complete in the stored copy (the journal's article page), kept "
               "with its spellings and line-break hyphens ('adhension', 'seri-ously', 're-section', 'intrau-terine'). "
               "Volume and issue (12(10)) read from the DOI. A neighbouring-field negative text (endometrium, not "
               "ovary), a second IUA abstract beside zh_review_hanspub2023_iua_etiology_therapy (other authors). "
               "Traps: '雌激素的用药剂量及用药时机' / 'the dosage and timing of estrogens' (a dose named without a "
               "value: no dose; estrogen given as a drug, not an E2 level: no hormone_change), '激素类药物' / "
               "'hormones' (unnamed), TCRA (surgery). No facts."),
        layout={"columns": 1, "font": "sans", "journal": "临床医学进展 2022年 第12卷 第10期",
                "keywords": "许可：CC BY 4.0",
                "en_title": "Progress in Treatment and Prevention of Intrauterine Adhesions",
                "en_abstract": (
                    "**Abstract:** Intrauterine adhesions (IUA) are multiple factors leading to the formation of fibrous "
                    "tissue bands in the intrauterine cavity, and also one of the common causes of gynecological "
                    "infertility, which seri-ously affects the physical and mental health of the majority of women of "
                    "childbearing age. IUA can lead to abnormal menstruation and pregnancy-related complications. At "
                    "present, transcervical re-section of adhension is the clinically accepted treatment method, and the "
                    "postoperative treatment is supplemented with hormones or intrauterine placement of physical barrier "
                    "to prevent adhesion recurrence. However, the dosage and timing of estrogens are still controversial. "
                    "This article reviews the related causes and diagnosis of IUA and the application of estrogens in the "
                    "treatment of intrau-terine adhesions, aiming to provide some thoughts for the diagnosis and treatment "
                    "of IUA."),
                "en_keywords": "Licence: CC BY 4.0"},
    ),

    # Chinese texts, sixth batch
    RealText(
        id="zh_review_hanspub2022_amh_reproductive_applications", lang="zh", kind="review", batch=6,
        title="抗缪勒氏管激素在生殖领域中的相关应用",
        authors="刘利君, 李泽武, 陈亚楠, 顾玉婷, 石城, 杨爱军",
        journal="临床医学进展 12(8)", year=2022, doi="10.12677/ACM.2022.1281015",
        url="https://www.hanspub.org/journal/PaperInformation.aspx?paperID=54334",
        licence="CC BY 4.0 (Hans Publishers, all articles)",
        abstract=(
            "**摘要:** 抗缪勒氏管激素(anti-mullerian hormone, AMH)是转化生长因子-β超家族成员之一,主要由卵巢的颗粒细胞分泌。"
            "近年来随着人们对AMH研究的深入,提议将AMH作为多囊卵巢综合征的诊断标准之一,AMH在生殖领域的作用越来越广泛。"
            "AMH在预测绝经年龄、评估卵巢储备等方面发挥重要作用,最新提出使用AMH来评价卵母细胞质量、胚胎质量及妊娠结局。"
            "本文旨在探讨血清AMH对卵泡发育、多囊卵巢综合征(polycystic ovarian syndrome, PCOS)诊断及其辅助生殖方面的应用价值。"),
        notes=("Chinese review abstract on anti-Muellerian hormone in reproductive medicine (ovarian reserve, PCOS, "
               "assisted reproduction), from the stored copy of the journal's article page (title, DOI, authors, both "
               "abstracts complete; the citation line gives the author order and the sixth author). Volume and issue "
               "(12(8)) read from the DOI. The English title is given, the English abstract is not: its first "
               "sentence holds a 'β' ('transformed growth factor-β'), which the Latin PDF font of corpus/make_real "
               "prints as 'b' (the Chinese abstract's β prints right), and the whole English abstract is left out "
               "rather than started at its second sentence. A negative text with hormone traps: AMH is named as a marker "
               "('评估卵巢储备', '预测绝经年龄', a diagnostic criterion of PCOS, '血清AMH'), "
               "'卵巢的颗粒细胞分泌' (secretion, not a change after an intervention), '越来越广泛' (the role of AMH "
               "grows, not its level); no therapy, cell, dose, route or patient count is named. No facts."),
        layout={"columns": 1, "font": "sans", "journal": "临床医学进展 2022年 第12卷 第8期",
                "keywords": "许可：CC BY 4.0",
                "en_title": "Relevant Application of Anti-Mullerian Hormone in Reproductive Field",
                "en_keywords": "Licence: CC BY 4.0"},
    ),

    RealText(
        id="zh_review_hanspub2023_acupuncture_ovulatory_infertility", lang="zh", kind="review", batch=6,
        title="近五年针灸治疗排卵障碍性不孕的研究进展",
        authors="尹思力, 何玲",
        journal="中医学 12(10)", year=2023, doi="10.12677/TCM.2023.1210424",
        url="https://www.hanspub.org/journal/PaperInformation.aspx?paperID=73547",
        licence="CC BY 4.0 (Hans Publishers, all articles)",
        abstract=(
            "**摘要:** 排卵障碍作为不孕症的一大重要病因,在临床上发病率很高,严重影响了社会发展与家庭幸福,备受医学界关注。"
            "中药口服、穴位贴敷、中药肛门导入、针灸等中医特色治疗技术在不孕症的治疗中扮演着重要角色,通过辩证分型选择合适的方式"
            "对病人施治,皆能取得较好的临床疗效。针灸作为中医特色治疗中的一大类,其具有简、便、验、廉的优点,本文通过对近5年的"
            "文献进行搜索,发现针灸在排卵障碍性不孕(ODI)的治疗中发挥着重要的作用。"),
        notes=("Chinese review abstract (Hans Publishers TCM journal) on acupuncture and moxibustion for infertility from "
               "ovulatory disorders: a neighbouring field of the corpus (reproductive endocrinology, no ovarian "
               "insufficiency therapy). From the stored copy of the journal's article page (title, DOI, authors, the "
               "Chinese abstract whole); its English abstract breaks off inside the fourth sentence, so the English "
               "abstract is given up to the end of the third, with the stored copy's hyphens ('se-riously'). Volume and "
               "issue (12(10)) read from the DOI. A negative text with route and time traps: '中药口服' / 'oral Chinese "
               "medicine' (oral: no route id), '穴位贴敷' / 'acupoint application' (a topical herbal paste on acupoints, "
               "not a transdermal drug delivery: no route), '中药肛门导入' / 'Traditional Chinese medicine enema' (rectal: "
               "no route id), '针灸' / 'acupuncture and moxibustion' (no cell, dose or route), '近5年' (the years of the "
               "literature searched, not a follow-up), '发病率很高' / 'a high incidence' (no count). No facts."),
        layout={"columns": 2, "font": "serif", "journal": "中医学 2023年 第12卷 第10期",
                "keywords": "许可：CC BY 4.0",
                "en_title": ("Research Progress of Acupuncture and Moxibustion in the Treatment of Ovulatory Disorder "
                             "Infertility in the Past Five Years"),
                "en_abstract": (
                    "**Abstract:** Ovulation disorder, as an important cause of infertility, has a high incidence in "
                    "clinical practice, se-riously affecting social development and family happiness, and has attracted "
                    "much attention from the medical community. Traditional Chinese medicine treatment techniques such as "
                    "oral Chinese medicine, acupoint application, Traditional Chinese medicine enema, acupuncture and "
                    "moxibustion play an important role in the treatment of infertility, and better clinical effects can "
                    "be achieved by choosing the appropriate way to treat patients through dialectical classification. "
                    "Acupuncture and moxibustion, as a major category of traditional Chinese medicine treatment, has the "
                    "advantages of simplicity, convenience, testing and incorruptibility."),
                "en_keywords": "Licence: CC BY 4.0"},
    ),

    # English texts, seventh batch
    RealText(
        id="en_animal_jor2023_afexos_ctx_rats", lang="en", kind="animal", batch=7,
        title="Amniotic fluid-derived [[exosomes|c:ev]] attenuated fibrotic changes in POI rats through modulation of "
              "the TGF-β/Smads signaling pathway",
        authors="Nahideh Nazdikbin Yamchi, Shahin Ahmadian, Halimeh Mobarak, Farhad Amjadi, Rahim Beheshti, Amin "
                "Tamadon, Reza Rahbarghazi, Mahdi Mahdipour",
        journal="Journal of Ovarian Research 16:118", year=2023, doi="10.1186/s13048-023-01214-1",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC10294370", licence="CC BY 4.0 (BMC, all articles)",
        species="rat",
        abstract=(
            "In the current study, we investigated the regenerative effects of amniotic fluid [[exosomes|c:ev]] "
            "([[AF-Exos|c:ev]]) in a rat model for premature ovarian insufficiency (POI). POI is a condition "
            "characterized by a decrease in ovarian function that can lead to infertility. We induced POI by "
            "administering cyclophosphamide (CTX) for 15 consecutive days, and then transplanted [[AF-Exos|c:ev]] "
            "directly [[into both ovarian tissues|r:io]]. [[Four weeks|f:4,week]] later, we measured the serum levels "
            "of follicle-stimulating hormone (FSH), luteinizing hormone (LH), and estradiol (E2), and performed "
            "histopathological evaluations using H & E and Masson’s trichrome staining. We also monitored the "
            "expression of genes related to the TGF-β signaling pathway using real-time PCR and examined the "
            "fertility rate of POI rats after [[AF-Exos|c:ev]] therapy. Histological analysis showed an increase in "
            "atretic follicles and a decrease in healthy follicle count after POI induction. [[Four weeks|f:4,week]] "
            "post-[[AF-Exos|c:ev]] intervention, the healthy follicle count increased (p < 0.01) while the atretic "
            "follicle count decreased (p < 0.001). In parallel, the deposition of collagen fibers also decreased "
            "following [[AF-Exos|c:ev]] transplantation. The concentrations of [[FSH|h:FSH,nc]] and [[LH|h:LH,nc]] "
            "hormones in sera remained unchanged after injection of [[AF-Exos|c:ev]], while [[E2|h:E2,inc]] levels "
            "increased (p < 0.05). The expression of Smad-4 (p < 0.01) and Smad-6 (p < 0.05) was upregulated in POI "
            "rats that received [[AF-Exos|c:ev]], while Smad-2, TGF-β1, TNF-α, and IL-10 remained statistically "
            "unchanged."),
        body=[
            ("heading", "Introduction"),
            "Premature ovarian insufficiency (POI), also known as premature ovarian failure (POF), is characterized by "
            "abnormal ovarian function in females under the age of 40 [1]. POI is marked by elevated levels of "
            "follicle-stimulating hormone (> 40 IU/mL), decreased levels of estradiol (< 30 pg/mL), and "
            "anti-Müllerian hormone (< 1 ng/mL) [2]. The prevalence of POI cases varies between 0.9% and 1.2% in "
            "different societies [3]. Several factors such as physiological conditions, genetic traits, autoimmune "
            "diseases, infections, surgical procedures, environmental effects, and idiopathic reasons have been "
            "linked to POI occurrence [4].",
        ],
        notes=("Rat study (species rat for every fact). Abstract from the PMC copy (cut at a sentence end before the "
               "copy breaks off; the abstract there has no section heads), first paragraph of the Introduction from "
               "the Springer link copy of the same article (https://link.springer.com/doi/10.1186/s13048-023-01214-1). "
               "Amniotic fluid alone is a tissue; 'exosomes'/'AF-Exos' are extracellular_vesicle, per mention. Route: "
               "'transplanted AF-Exos directly into both ovarian tissues' -> intraovarian_injection, marked on 'into "
               "both ovarian tissues' (the cells' name stands between verb and place); both ovaries = one session, no "
               "count stated. Follow-up: 'Four weeks later' (hormones measured four weeks after the transplant) and "
               "'Four weeks post-AF-Exos intervention' (follicle counts), two mentions of 4 weeks. Hormones: FSH and LH "
               "'remained unchanged after injection of AF-Exos' (no_change each), E2 increased. Traps: cyclophosphamide "
               "'for 15 consecutive days' (model drug, no dose, route or count; a duration of dosing), the changes "
               "'after POI induction' (model versus control: no fact), follicle counts and collagen (not hormones), "
               "Smad/TGF-β1/TNF-α/IL-10 'remained statistically unchanged' (not hormones), p values. Introduction: the "
               "POI definition (thresholds > 40 IU/mL, < 30 pg/mL, < 1 ng/mL; 'elevated levels of follicle-stimulating "
               "hormone' describes the disease), 'under the age of 40', prevalence percentages: no facts."),
        layout={"columns": 2, "font": "serif", "journal": "Journal of Ovarian Research (2023) 16:118"},
    ),
    RealText(
        id="en_clinical_scrt2021_csucmsc_thin_endometrium", lang="en", kind="clinical", batch=7,
        title="Unresponsive thin endometrium caused by Asherman syndrome treated with "
              "[[umbilical cord mesenchymal stem cells|c:uc]] on collagen scaffolds: a pilot study",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Stem Cell Research & Therapy", year=2021, doi="10.1186/s13287-021-02499-z",
        url="https://dx.doi.org/10.1186/s13287-021-02499-z", licence="CC BY 4.0 (BMC, all articles)",
        abstract=(
            "**Background** Unresponsive thin endometrium caused by Asherman syndrome (AS) is the major cause of "
            "uterine infertility. However, current therapies are ineffective. This study is to evaluate the effect "
            "of transplantation with collagen scaffold/[[umbilical cord mesenchymal stem cells|c:uc]] "
            "(CS/[[UC-MSCs|c:uc]]) on this refractory disease."),
        body=[
            "**Methods** [[Eighteen infertile women|n:18]] with unresponsive thin endometrium, whose frozen–thawed "
            "embryo transfers (FETs) were cancelled due to reduced endometrial thickness (ET ≤ 5.5 mm), were enrolled "
            "in this before and after self-control prospective study. Hysteroscopic examination was performed to "
            "confirm no intrauterine adhesions, then [[twenty million|d:2e7,cells,-]] [[UC-MSCs|c:uc]] loaded onto a "
            "CS were transplanted into the uterine cavity in two consecutive menstrual cycles. Then uterine cavity "
            "was assessed through hysteroscopy after [[two transplants|s:2]]. FETs were performed in the following "
            "cycle. Pregnancy outcomes were followed up. Endometrial thickness, uterine receptivity and endometrial "
            "angiogenesis, proliferation and hormone response were compared before and after treatment.",
            "**Results** Sixteen patients completed the study. No treatment-related serious adverse events occurred. "
            "[[Three months|f:3,month]] after transplantation, the average ET increased from 4.08 ± 0.26 mm to "
            "5.87 ± 0.77 mm (P < 0.001). Three of 15 patients after FET got pregnant, of whom 2 gave birth "
            "successfully and 1 had a miscarriage at 25 weeks’ gestation. One of 2 patients without FET had a "
            "natural pregnancy and gave birth normally after transplantation. Immunohistochemical analysis showed "
            "increased micro-vessel density, upregulated expression of Ki67, estrogen receptor alpha, and "
            "progesterone receptor, indicating an improvement in endometrial angiogenesis, proliferation, and "
            "response to hormones.",
        ],
        notes=("Single-arm clinical pilot study (thin endometrium / Asherman syndrome), abstract from the stored copy "
               "of the journal page (reached through dx.doi.org), cut at the end of the Results before the copy breaks "
               "off inside the Conclusion; year from the DOI. A neighbouring-field text (endometrium, not ovary) rich "
               "in the regimen and follow-up phrasing the corpus needs. Cells: 'umbilical cord mesenchymal stem cells', "
               "'UC-MSCs' (also inside 'CS/UC-MSCs', the scaffold CS being no cell) -> umbilical_cord_msc. Dose: "
               "'twenty million UC-MSCs' -> 2e7 cells, per null (no 'per' written). Route: into the uterine cavity "
               "(no route id in the contract: no fact). Sessions: 'after two transplants' -> 2; 'in two consecutive "
               "menstrual cycles' is the schedule of those transplants (when), not marked as a second count. "
               "Follow-up: 'Three months after transplantation' (ET measured). Sample size: 'Eighteen infertile "
               "women' (enrolled). Traps: 'Sixteen patients completed the study' (a subset of the same patients), "
               "'Three of 15 patients', '2 gave birth', '1 had a miscarriage', 'One of 2 patients' (outcome counts and "
               "subsets), 'ET ≤ 5.5 mm' (threshold), '25 weeks’ gestation' (time of an event, not follow-up), "
               "'Pregnancy outcomes were followed up' (no length), 'estrogen receptor alpha, and progesterone "
               "receptor' (receptors, not hormone levels), 'hormone response' (unnamed)."),
        layout={"columns": 1, "font": "sans", "journal": "Stem Cell Research & Therapy (2021)"},
    ),
    RealText(
        id="en_clinical_scrt2018_ucmsc_collagen_recurrent_iua", lang="en", kind="clinical", batch=7,
        title="Allogeneic cell therapy using [[umbilical cord MSCs|c:uc]] on collagen scaffolds for patients with "
              "recurrent uterine adhesion: a phase I clinical trial",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Stem Cell Research & Therapy", year=2018, doi="10.1186/s13287-018-0904-3",
        url="https://stemcellres.biomedcentral.com/articles/10.1186/s13287-018-0904-3",
        licence="CC BY 4.0 (BMC, all articles)",
        abstract=(
            "**Background** Intrauterine adhesions (IUA) are the most common cause of uterine infertility and are "
            "caused by endometrium fibrotic regeneration following severe damage to the endometrium. Although current "
            "stem cell treatment options using different types of autologous stem cells have exhibited some "
            "beneficial outcomes in IUA patients, the reported drawbacks include variable therapeutic efficacies, "
            "invasiveness and treatment unavailability. Therefore, the development of new therapeutic stem cell "
            "treatments is critical to improving clinical outcomes."),
        body=[
            "**Methods** [[Twenty-six patients|n:26]] who suffered from infertility caused by recurrent IUA were "
            "enrolled in this prospective, non-controlled, phase I clinical trial with a "
            "[[30-month follow-up|f:30,month]]. During the procedure, [[1 × 10^{7}|d:1e7,cells,-]] "
            "[[umbilical cord-derived mesenchymal stromal cells|c:uc]] ([[UC-MSCs|c:uc]]), loaded onto a collagen "
            "scaffold, were transplanted into the uterine cavity following an adhesion separation procedure. Medical "
            "history, physical examination, endometrial thickness, intrauterine adhesion score and the biological "
            "molecules related to endometrial proliferation and differentiation were assessed both before and "
            "[[3 months|f:3,month]] after cell therapy.",
            "**Results** No treatment-related serious adverse events were found. [[Three months|f:3,month]] after the "
            "operation, the average maximum endometrial thickness in patients increased, and the intrauterine "
            "adhesion score decreased compared to those before the treatment. A histological study showed the "
            "upregulation of ERα (estrogen receptor α), vimentin, Ki67 and vWF (von Willebrand factor) expression "
            "levels and the downregulation of ΔNP63 expression level, which indicates an improvement in endometrial "
            "proliferation, differentiation and neovascularization following treatment.",
        ],
        notes=("Single-arm phase I trial (recurrent intrauterine adhesion), abstract from the stored copy of the "
               "journal page, cut at the end of a Results sentence before the copy breaks off; year from the DOI. The "
               "stored copy prints the dose as '1 × 107' (superscript flattened); written here as 1 × 10^{7}, the "
               "source's superscript. Cells: 'umbilical cord MSCs', 'umbilical cord-derived mesenchymal stromal cells', "
               "'UC-MSCs' -> umbilical_cord_msc; 'autologous stem cells' and 'stem cell treatment(s)' are generic. Dose "
               "1e7 cells, per null. Route: into the uterine cavity (no route id: no fact); no count of transplants "
               "written (none marked). Follow-up: 'a 30-month follow-up', '3 months after cell therapy', 'Three months "
               "after the operation' (the operation is the transplant procedure). Sample size: 'Twenty-six patients'. "
               "Traps: 'non-controlled', 'phase I', adhesion score and endometrial thickness (not hormones), 'ERα "
               "(estrogen receptor α)' (a receptor), 'Allogeneic'."),
        layout={"columns": 2, "font": "sans", "journal": "Stem Cell Research & Therapy (2018)"},
    ),
    RealText(
        id="en_clinical_scrt2022_ucmsc_intrauterine_phase1", lang="en", kind="clinical", batch=7,
        title="Intrauterine infusion of clinically graded "
              "[[human umbilical cord-derived mesenchymal stem cells|c:uc]] for the treatment of poor healing after "
              "uterine injury: a phase I clinical trial",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Stem Cell Research & Therapy", year=2022, doi="10.1186/s13287-022-02756-9",
        url="https://stemcellres.biomedcentral.com/articles/10.1186/s13287-022-02756-9",
        licence="CC BY 4.0 (BMC, all articles)",
        abstract=(
            "**Background** Intrauterine adhesion and cesarean scar diverticulum are the main complications of poor "
            "healing after uterine injury. [[Human umbilical cord MSCs|c:uc]] transplantation has been regarded as the "
            "most potential treatment in the clinic, the safety and efficacy of which in the clinic, however, remains "
            "unclear."),
        body=[
            "**Methods** In this study, [[ten patients|n:10]] were enrolled: six with intrauterine adhesion and four "
            "with cesarean scar diverticulum. All the patients were injected with "
            "[[human umbilical cord MSCs|c:uc]] [[twice|s:2]] into the uterus. Beside the chest X-ray, ECG and "
            "abdominal ultrasound, many laboratory tests including blood routine, liver and renal function, ovarian "
            "function, tumor biomarkers, and immune function were used to estimate the safe after stem cell "
            "transplanted. In addition, the efficacy of stem cell transplanted was shown by the endometrial "
            "thickness, the volume of the uterus, and cesarean scar diverticulum based on 3D ultrasound imaging.",
            "**Results** We found that all results of these laboratory tests were normal in these enrolled patients "
            "before and after cell injection. Meanwhile, the results of the chest X-ray and ECG were also normal in "
            "the treatment process. The abdominal ultrasound showed that the size of the left and right kidneys was "
            "inconsistent in one patient after cell therapy, while those of other patients were normal. In addition, "
            "endometrial thickness, the volume of the uterus, and cesarean scar diverticulum showed an improving "
            "tendency, but no significant difference was noted.",
            "**Conclusion** In summary, intrauterine injection of clinically graded "
            "[[human umbilical cord MSCs|c:uc]] was safe for poor healing after uterus injury.",
        ],
        notes=("Single-arm phase I trial (intrauterine adhesion and cesarean scar diverticulum), whole abstract from "
               "the stored copy of the journal page without the trial registration line; year from the DOI. A text "
               "with few facts and several traps. Cells: 'human umbilical cord-derived mesenchymal stem cells', "
               "'Human umbilical cord MSCs' -> umbilical_cord_msc; 'stem cell transplanted' is generic. Sessions: "
               "'injected ... twice into the uterus' -> 2. Route: intrauterine injection/infusion (no route id: no "
               "fact). Sample size: 'ten patients'; 'six with intrauterine adhesion and four with cesarean scar "
               "diverticulum' are the same ten split by diagnosis, not arms (one regimen), not marked. No follow-up "
               "length and no dose value in the abstract. Traps: 'one patient' (an outcome), 'ovarian function' "
               "(tests, no hormone named), 'the volume of the uterus' (not ovarian_volume), 'improving tendency, but "
               "no significant difference' (no hormone)."),
        layout={"columns": 1, "font": "serif", "journal": "Stem Cell Research & Therapy (2022)"},
    ),
    RealText(
        id="en_review_mefsj2024_por_poi_criteria_intro", lang="en", kind="review", batch=7,
        title="(title not in the stored copy; Middle East Fertility Society Journal article 10.1186/s43043-024-00180-y, "
              "Introduction)",
        authors="(not shown in the stored copy)",
        journal="Middle East Fertility Society Journal", year=2024, doi="10.1186/s43043-024-00180-y",
        url="https://link.springer.com/10.1186/s43043-024-00180-y", licence="CC BY 4.0 (SpringerOpen, all articles)",
        abstract="",
        body=[
            ("heading", "Introduction"),
            "Poor ovarian response (POR), Premature ovarian insufficiency (POI), and low ovarian reserve women pose "
            "clinical challenges to fertility treatment. They are (a) women with decreased ovarian response to "
            "controlled ovarian stimulation with conventional gonadotrophin dose [1] and (b) premature ovarian "
            "insufficiency (POI) [2]. Although they differ in their etiopathogenesis, they all pose similar clinical "
            "challenges to fertility treatment i.e., poor fertility outcomes.",
            "Bologna criteria and POSEIDON criteria are the two methods of categorization of patients with POR. "
            "Bologna criteria are based on 1. Age 2. Ovarian reserve status. At least two of the following three "
            "features must be present. Advanced maternal age (≥ 40 years) or any other risk factor for poor ovarian "
            "response (POR); A previous POR (≤ 3 oocytes with a conventional stimulation); An abnormal or low ovarian "
            "reserve is AFC < 5–7 follicles or Anti Mullerian hormone (AMH) < 0.5–1.1 ng/ml) [3]. Both POI and low "
            "ovarian reserve result in POR.",
            "The POSEIDON (Patient-Oriented Strategies Encompassing IndividualizeD Oocyte Number) criteria brought a "
            "change in the terminology from POR to low prognosis. This helps to stratify low-prognosis patients to "
            "undergo ovarian stimulation for IVF to address POR[4].",
            "The age-related natural decline in ovarian reserve in women over 40 years is a well-known reason for the "
            "POR. On the other hand, in some women, the qualitative and quantitative reduction in oocytes occurring "
            "in the younger age group will result in POI and POR. The European Society of Reproductive Medicine "
            "(ESHRE) guidelines define POI as the presence of oligomenorrhea-amenorrhea for at least 4 months and "
            "serum follicle-stimulating hormone (FSH) levels of ≥ 25 IU/ml measured at least twice with a 4-week "
            "interval, with an onset before the age of 40 years [5]. The prevalence of POI has doubled in the last "
            "few decades [6, 7].",
        ],
        notes=("Introduction of a Middle East Fertility Society Journal article (SpringerOpen; year from the DOI) on "
               "POR, POI and low ovarian reserve; the stored copy (Springer link page) starts at the Introduction and "
               "shows neither title nor authors (placeholder title), cut at a sentence end before the copy breaks off. "
               "Kind 'review' is a guess (the article type is not shown). A negative text of diagnostic criteria, with "
               "traps for every fact type and no facts: 'conventional gonadotrophin dose' (a dose without a value), "
               "'≥ 40 years', 'over 40 years', 'before the age of 40 years' (ages), '≤ 3 oocytes' (an outcome count), "
               "'AFC < 5–7 follicles', 'AMH < 0.5–1.1 ng/ml', 'FSH ... ≥ 25 IU/ml' (thresholds of definitions, no "
               "change), 'measured at least twice' (measurements, not sessions), 'a 4-week interval' (an interval, not "
               "follow-up), 'for at least 4 months' (duration of amenorrhoea), 'two methods', 'two of the following "
               "three features' (no patients), 'reduction in oocytes' (no hormone), citation markers [1]..[7]."),
        layout={"columns": 2, "font": "sans", "journal": "Middle East Fertility Society Journal (2024)"},
    ),
    RealText(
        id="en_animal_scrt2019_hadmsc_poi_background", lang="en", kind="animal", batch=7,
        title="(title not in the stored copy; Stem Cell Research & Therapy article 10.1186/s13287-019-1136-x, "
              "Background)",
        authors="(not shown in the stored copy)",
        journal="Stem Cell Research & Therapy", year=2019, doi="10.1186/s13287-019-1136-x",
        url="https://link.springer.com/doi/10.1186/s13287-019-1136-x", licence="CC BY 4.0 (BMC, all articles)",
        abstract="",
        body=[
            ("heading", "Background"),
            "Premature ovarian insufficiency (POI) is a clinical syndrome characterized by oligomenorrhea or "
            "amenorrhea for at least 4 months, elevated follicle-stimulating hormone levels (FSH, > 25 mIU/ml on two "
            "occasions > 4 weeks apart) and low estradiol (E2) levels in women before the age of 40 years [1,2,3]. "
            "Untreated POI can induce multiple health risks, including menopausal symptoms, depression, anxiety, "
            "osteoporosis, increased risk of fracture and cardiovascular disease, and a decline in cognition [1]. POI "
            "affects approximately 1% and 0.1% of women before the ages of 40 and 30 years [2], respectively, and "
            "approximately 25% of POI is caused by iatrogenic factors, including chemotherapy [4]. It has been "
            "estimated and reported that there are approximately 1,000,000 new cancer diagnoses annually in "
            "adolescents and young adults (AYAs) aged 15 to 39 years worldwide [5]. AYA cancer survivors are "
            "increasingly overcoming cancer, resulting in a growing and substantial population of female cancer "
            "survivors in the reproductive age range [6]. Chemotherapy is a common method used to treat various "
            "malignancies and could induce ovarian failure and reduce fertility in young female patients [7]. "
            "Approximately 30% of women before the age of 35 years and 50% of women between the ages of 35 and 40 "
            "years who received chemotherapy were diagnosed with POI [8]. However, there is currently no effective "
            "therapy for POI. Therefore, it is important to examine and/or improve the treatment strategies for POI.",
            "Regenerative medicine studies have shown that [[mesenchymal stem cell|c:msc@animal]] "
            "([[MSC|c:msc@animal]]) transplantation may repair ovarian injury and improve ovarian function in animal "
            "models of POI, which provides an effective treatment method [9,10,11]. [[MSCs|c:msc]] have multipotency, "
            "self-renewal capacity, low immunogenicity, immunomodulatory function, and injury chemotaxis [12,13,14].",
        ],
        notes=("Background of a Stem Cell Research & Therapy research article (human amnion-derived MSCs and "
               "chemotherapy-induced POI, as the next, cut sentence of the copy shows); the stored copy (Springer link "
               "page) starts at the Background and shows neither title nor authors (placeholder title); cut at a "
               "sentence end before the copy breaks off; year from the DOI. Kind 'animal' inferred from the topic - "
               "doubtful. No default species. Facts: 'mesenchymal stem cell (MSC) transplantation ... in animal "
               "models of POI' (cited animal studies, species animal: the text names no species), 'MSCs have "
               "multipotency ...' (a general statement, no species). Traps: 'FSH, > 25 mIU/ml on two occasions > 4 "
               "weeks apart' (threshold of the definition; 'two occasions' are measurements, not sessions; '4 weeks "
               "apart' an interval), 'elevated follicle-stimulating hormone levels', 'low estradiol (E2) levels' "
               "(the disease described), ages (40, 30, 35, 15 to 39 years), percentages (1%, 0.1%, 25%, 30%, 50%), "
               "'1,000,000 new cancer diagnoses' (no study's patients), 'for at least 4 months' (duration), "
               "'Chemotherapy' (no drug, dose or route)."),
        layout={"columns": 1, "font": "serif", "journal": "Stem Cell Research & Therapy (2019)"},
    ),
    RealText(
        id="en_animal_aging2020_hpmsc_egf_poi_mice", lang="en", kind="animal", batch=7,
        title="EGF released from [[human placental mesenchymal stem cells|c:pl]] improves premature ovarian "
              "insufficiency via NRF2/HO-1 activation",
        authors="Chenyue Ding, Qinyan Zou, Yifei Wu, Jiafeng Lu, Chunfeng Qian, Hong Li, Boxian Huang",
        journal="Aging (Albany NY) 12(3):2992-3009", year=2020, doi="10.18632/aging.102794",
        url="https://aging-us.com/article/102794/text",
        licence="CC BY 3.0 (printed on the stored page)",
        species="mouse",
        abstract=(
            "[[Human placental mesenchymal stem cells|c:pl@human]] ([[hPMSCs|c:pl@human]]) have the ability to "
            "release cytokines and to differentiate into the three germ layers. To date, the relevance of "
            "[[hPMSCs|c:pl@human]] for the treatment of premature ovarian insufficiency (POI) disease through the "
            "regulation of oxidative stress is still unclear. Therefore, to evaluate the therapeutic efficiency and "
            "investigate the mechanism of [[hPMSCs|c:pl]], we generated a mouse model of POI and collected human "
            "ovarian granule cells (hGCs) from patients with POI. [[hPMSCs|c:pl]] displayed therapeutic effects on "
            "POI ovarian function, including recovered follicular numbers and increased expression of oocyte "
            "markers."),
        body=[
            "**Figure 1.** [[hPMSCs|c:pl]] improved the function of a POI mouse model. (A) The number of primordial "
            "follicles recovered to normal levels [[four weeks|f:4,week]] after [[hPMSC|c:pl]] transplantation. (B) "
            "[[hPMSC|c:pl]] transplantation restored the primary follicle numbers. (C) [[hPMSC|c:pl]] elevated the "
            "number of secondary follicles to the WT group level (D) [[hPMSC|c:pl]] transplantation elevated the "
            "number of antral follicles to the WT group level. (E) ELISA results indicated that [[hPMSC|c:pl]] "
            "transplantation increased the levels of [[E2|h:E2,inc]]. (F) [[hPMSC|c:pl]] transplantation improved "
            "the levels of [[AMH|h:AMH,inc]]. (G) [[hPMSC|c:pl]] transplantation decreased the levels of "
            "[[FSH|h:FSH,dec]] to the WT group level. All experiments were carried out three times; error bars "
            "indicate the SD; *** p < 0.001 (compared with the POI group). POI = premature ovarian insufficiency, "
            "[[hPMSC|c:pl@human]] = [[human placental mesenchymal stem cell|c:pl@human]].",
        ],
        notes=("Mouse study (POI mouse model) with human granulosa cells in vitro. Title and the first four sentences "
               "of the abstract from the stored article page (which prints CC BY 3.0), cut before the in-vitro "
               "sentences; the legend of Figure 1 from the stored figure page "
               "(https://www.aging-us.com/figure/102794/f1). Cells: human placental MSCs / hPMSC(s) -> placenta_msc, "
               "per mention. Species: mouse by default; the first two sentences are general statements (no species, "
               "marked @human to lift the default), as is the abbreviation key at the end of the legend (two names on "
               "the page, no species). Follow-up: 'four weeks after hPMSC transplantation' (mouse). Hormones after "
               "hPMSC transplantation in the POI mice: E2 increased, AMH 'improved' (= increase), FSH decreased 'to the "
               "WT group level' (a decrease; the WT level is the reference). No dose, route or count in the passage. "
               "Traps: 'carried out three times' (repeats of experiments, not sessions), 'compared with the POI group', "
               "'WT group', 'patients with POI' (no count), hGCs (granulosa cells collected, not a therapy), follicle "
               "numbers (not hormones), p value."),
        layout={"columns": 2, "font": "serif", "journal": "AGING 2020, Vol. 12, No. 3"},
    ),
    RealText(
        id="en_animal_ijmm2018_mensc_severe_iua_nodscid", lang="en", kind="animal", batch=7,
        title="Feasibility analysis of treating severe intrauterine adhesions by transplanting "
              "[[menstrual blood-derived stem cells|c:men]]",
        authors="Sheng-Xia Zheng, Jian Wang, Xue-Li Wang, Asim Ali, Li-Min Wu, Yu-Sheng Liu",
        journal="International Journal of Molecular Medicine 41(4):2201-2212", year=2018,
        doi="10.3892/ijmm.2018.3415", url="https://www.spandidos-publications.com/10.3892/ijmm.2018.3415",
        licence="CC BY (printed on the stored page: Creative Commons Attribution License)",
        abstract=(
            "Intrauterine adhesions (IUA) are associated with the loss of stem cells in the endometrium. "
            "[[Menstrual blood-derived stem cells|c:men]] ([[MenSCs|c:men]]) can be isolated from the menstrual blood "
            "and differentiated into endometrial cells. To check the transplantation feasibility of "
            "[[MenSCs|c:men]] for the treatment of severe IUA, [[MenSCs|c:men@mouse]] were isolated from menstrual "
            "blood, cultured in Dulbecco's modified Eagle's medium (DMEM), identified by immunocytochemistry and flow "
            "cytometry, differentiated into endometrial cells in vitro, and finally transplanted into the "
            "[[axillary subcutaneous tissue|r:sc@mouse]] of non-obese diabetic/severe combined immunodeficiency "
            "(NOD-SCID) mice to create endometrial tissue. Additionally, the cloning efficiency and POU domain class "
            "5 transcription factor 1 (OCT-4) positivity of [[MenSCs|c:men]] from patients with severe IUA were "
            "compared with those from healthy women. Immunocytochemistry and flow cytometry results showed that "
            "95.1±0.8% cells were OCT-4-positive, 0.9±0.4% were cluster of differentiation (CD)45-positive, "
            "1.8±0.9% were STRO-1-positive and 1.0±0.4% were human leukocyte antigen-antigen D related-positive."),
        notes=("Laboratory and mouse study of menstrual blood-derived stem cells for severe intrauterine adhesion; "
               "abstract from the publisher's stored page (which prints 'This is an open access article distributed "
               "under the terms of Creative Commons Attribution License'), cut at a sentence end before the copy "
               "breaks off; the source's non-breaking hyphens (U+2011) are written as plain hyphens, which the layout font can print. Year, volume, issue and pages from "
               "the stored page (https://spandidos-publications.com/ijmm/41/4/2201). No default species: the cells "
               "named in the sentence that ends with their transplantation into NOD-SCID mice are that mouse "
               "experiment's (species mouse), the other mentions are general statements, the clinical aim or cells "
               "compared in vitro (no species). Cells: 'Menstrual blood-derived stem cells', 'MenSCs' -> "
               "menstrual_blood_msc (the contract's menstrual id; the text calls them stem cells with MSC markers). "
               "Route: transplanted 'into the axillary subcutaneous tissue' of the mice -> subcutaneous (a graft site "
               "chosen for the cells, not a tumour site), species mouse. No dose, count or follow-up. Traps: "
               "percentages of marker-positive cells (95.1±0.8% etc., not doses), 'patients with severe IUA' and "
               "'healthy women' (donors of cells, no count), 'menstrual blood' alone (a source), 'endometrial cells' "
               "(the cells' fate, not a therapy), DMEM (culture medium)."),
        layout={"columns": 1, "font": "serif", "journal": "INTERNATIONAL JOURNAL OF MOLECULAR MEDICINE 41: 2201-2212, 2018"},
    ),
    RealText(
        id="en_review_mefsj2020_prp_thin_endometrium", lang="en", kind="review", batch=7,
        title="Effect of autologous platelet-rich plasma transfusion in the treatment of infertile women with thin "
              "endometrium and its implications in IVF cycles: a literature review",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Middle East Fertility Society Journal", year=2020, doi="10.1186/s43043-020-0019-5",
        url="https://mefj.springeropen.com/articles/10.1186/s43043-020-0019-5",
        licence="CC BY 4.0 (SpringerOpen, all articles)",
        abstract=(
            "**Background** Thin endometrium could be a major contributing factor in decreasing pregnancy rates with "
            "in-vitro fertilization. Several treatments have been studied in patients with thin endometrium, like "
            "hormonal therapy by GnRH-agonist and estrogen. Additionally, vasoactive measures like aspirin, a mix of "
            "pentoxifylline, vitamin E, l-arginine, sildenafil, and intrauterine infusion of a growth factor such as "
            "G-CSF, and the recent application of regenerative medicine were reported in previous trials."),
        body=[
            "**Main body of the abstract** We discuss here a new modality for thin endometrium treatment using "
            "platelet-rich plasma (PRP) administered as an intrauterine infusion. The purpose of this review is to "
            "evaluate the effectiveness of PRP in cases of infertility. All relevant articles addressing the use of "
            "PRP, published from January 2000 to September 2018, were reviewed and analyzed. The studies published on "
            "the PRP treatment model for thin endometrium in the gynecology field were mainly case series, pilot "
            "studies, or case reports.",
            "**Conclusion** In the current review, we found that the local administration of PRP is significantly "
            "effective in increasing pregnancy rates of infertile women with thin endometrium < 6 mm.",
            ("heading", "Background"),
            "Infertility is a global public health issue; about 13% of the couples suffer from infertility. "
            "Implantation failure occurs, despite the effort of fertility clinics in the field of assisted "
            "reproductive technology (ART); therefore, high-quality embryo and adequate receptive endometrial growth "
            "are required for successful implantation [1]. Pregnancy rates can be increased by increasing the "
            "endometrial thickness (ET); the minimum thickness required for implantation is 7 mm [2].",
        ],
        notes=("Literature review (SpringerOpen journal; year from the DOI): the whole abstract and the first "
               "paragraph of the Background from the stored journal page, cut at the paragraph's end. A negative text "
               "for the thin-endometrium side of the corpus, with traps and no facts: 'hormonal therapy by GnRH-agonist "
               "and estrogen' (estrogen as a drug, no level: no hormone_change), G-CSF and PRP (no cell type; "
               "'intrauterine infusion' has no route id), 'published from January 2000 to September 2018' (a "
               "publication period, not follow-up), 'case series, pilot studies, or case reports' (no counts), "
               "'< 6 mm' and '7 mm' (thresholds of endometrial thickness, not doses), 'about 13% of the couples' "
               "(a prevalence), 'regenerative medicine' (no cell named)."),
        layout={"columns": 2, "font": "sans", "journal": "Middle East Fertility Society Journal (2020)"},
    ),
    RealText(
        id="en_animal_scrt2021_hamsc_ardor_mice_doses", lang="en", kind="animal", batch=7,
        title="[[Human amnion-derived mesenchymal stem cells|c:am]] improved the reproductive function of "
              "age-related diminished ovarian reserve in mice through Ampk/FoxO3a signaling pathway",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Stem Cell Research & Therapy", year=2021, doi="10.1186/s13287-021-02382-x",
        url="https://dx.doi.org/10.1186/s13287-021-02382-x", licence="CC BY 4.0 (BMC, all articles)",
        species="mouse",
        abstract=(
            "**Background** Age-related diminished ovarian reserve (AR-DOR) reduced the quality of oocytes, resulting "
            "in decreased female fertility. Aging is tightly related to abnormal distribution and function of "
            "mitochondria, while mitophagy is a major process to maintain normal quality and quantity of mitochondria "
            "in cells, especially in oocytes which containing a large number of mitochondria to meet the demand of "
            "energy production during oocyte maturation and subsequent embryonic development. Ampk/FoxO3a signaling "
            "is crucial in the regulation of mitophagy. It is reported [[mesenchymal stem cells|c:msc@human]] "
            "([[MSCs|c:msc@human]]) can improve ovarian function. Here we aim to explore if "
            "[[human amnion-derived mesenchymal stem cells|c:am]] ([[hAMSCs|c:am]]) are effective in improving "
            "ovarian function in AR-DOR mice and whether Ampk/FoxO3a signaling is involved."),
        body=[
            "**Methods** The AR-DOR model mice were established by 32-week-old mice with 3–8 litters, significantly "
            "low serum sex hormone levels and follicle counts. The old mice were divided into 5 treatment groups: "
            "normal saline (NS, control), 1% human serum albumin (HSA, resolver), low dose (LD, "
            "[[5.0 × 10^{6}cells/kg|d:5e6,cells/kg,-#low dose]]), middle dose (MD, "
            "[[7.5 × 10^{6}cells/kg|d:7.5e6,cells/kg,-#middle dose]]), and high dose (HD, "
            "[[10.0 × 10^{6}cells/kg|d:1e7,cells/kg,-#high dose]]). The prepared [[hAMSCs|c:am]] were injected "
            "[[through tail vein|r:iv]]. Serum sex hormone level, follicle counts, fertilization rate, gestation "
            "rate, little size, apoptosis of granulosa and stromal cells, expression level of Sod2, Ampk, and ratio "
            "of phosphorylated FoxO3a to total FoxO3a in ovaries were examined.",
        ],
        notes=("Mouse study (age-related DOR: old mice, no drug-induced model); Background and Methods of the abstract "
               "from the stored journal page (reached through dx.doi.org), cut at the end of the Methods before the "
               "copy breaks off inside the Results; year from the DOI. The stored copy prints '5.0 × 106cells/kg' "
               "(superscript flattened, no space); written here with the superscript, 10^{6}, and otherwise as "
               "stored. Cells: 'human amnion-derived mesenchymal stem cells', 'hAMSCs' -> amniotic_msc; 'It is "
               "reported mesenchymal stem cells (MSCs) can improve ovarian function' is a cited general statement "
               "(msc, no species: @human lifts the default). Doses: three groups each given its value one to one in "
               "brackets -> arms 'low dose', 'middle dose', 'high dose' (the names as printed, without their "
               "abbreviations LD/MD/HD), 5e6, 7.5e6 and 1e7 cells/kg, per null (a /kg unit). Route: 'injected through "
               "tail vein' -> intravenous (all cell groups: no arm). Traps: '32-week-old mice' (age), '3–8 litters', "
               "'5 treatment groups' (no animals counted, no patients), '1% human serum albumin' (a vehicle "
               "concentration, not a dose), 'normal saline (NS, control)' and 'HSA, resolver' (groups without "
               "facts), 'significantly low serum sex hormone levels' (the model described, unnamed hormones), "
               "'Serum sex hormone level' (measured, unnamed), 'little size' (the source's spelling of litter size)."),
        layout={"columns": 2, "font": "serif", "journal": "Stem Cell Research & Therapy (2021)"},
    ),
    RealText(
        id="en_clinical_jfrh_prp_por_amh_trial", lang="en", kind="clinical", batch=7,
        title="How Does Platelet-Rich Plasma [[Injection in Ovaries|r:io]] of Poor Responders Affect the Retrieved "
              "Oocytes, and Anti Mullerian Hormone: A Clinical Trial",
        authors="(not shown in the stored copy)",
        journal="Journal of Family and Reproductive Health", year=2023,
        doi="(DOI not shown in the stored copy; https://jfrh.tums.ac.ir/index.php/jfrh/article/view/2400)",
        url="https://jfrh.tums.ac.ir/index.php/jfrh/article/view/2400",
        licence="CC BY-NC 4.0 (Journal of Family and Reproductive Health, all papers)",
        abstract=(
            "**Objective:** Platelet Rich Plasma (PRP) is proposed to have important role in cell division and "
            "proliferation, angiogenesis and health. This study evaluates the effect of a [[single|s:1]] injection of "
            "autologous PRP on ovarian response markers in women with poor ovarian response (POR)."),
        body=[
            "**Materials and methods:** This non-randomized clinical trial was conducted between August 2020 and "
            "September 2021. [[Fifty six women|n:56]] with Bologna criteria for POR willingly chose to participate in "
            "one of the following groups: PRP for one cycle in the time of oocyte pickup (OPU) (intervention group, "
            "[[n= 34|n:34#intervention group]]) or control group ([[n=22|n:22#control group]]).The primary outcomes "
            "were: number and quality of oocytes in coming 2 cycles of ICSI, and Anti Mullerian Hormone (AMH) level "
            "[[two months|f:2,month]] after PRP injection. The secondary outcomes were the number and quality of "
            "embryos and chemical pregnancy rate after embryo transfer.",
            "**Results:** A total of 45 participants continued the study, of which 23 were in the intervention group "
            "and 22 in control group. There were no demographic differences between two groups. At a two cycle follow "
            "up, PRP group experienced a significant improvement in [[AMH|h:AMH,inc#intervention group]] level and "
            "there was no respective change in control group. In [[one year follow up|f:1,year]] the overall "
            "pregnancy rates were same in both groups (3% Vs. 0, p=.60), while there was no difference in cumulative "
            "number and quality of embryos.",
            "**Conclusion:** PRP injection can improve ovarian reserve marker without adverse effects. Further "
            "evidence is required to evaluate the impact of PRP on assisted reproduction outcomes.",
        ],
        notes=("Non-randomised two-group clinical trial of intraovarian PRP in poor responders; title and abstract from "
               "the journal's stored article page (authors, DOI and year not shown there; year 2023 is inferred from "
               "its reference list, which cites 2023 work, and the trial's end in September 2021 - doubtful). Licence: "
               "the journal's About page states that all papers are distributed under CC BY-NC 4.0 "
               "(https://jfrh.tums.ac.ir/index.php/jfrh/about). PRP is no cell type. Route: 'Injection in Ovaries' in "
               "the title -> intraovarian_injection; 'PRP injection' alone names no place. Sessions: 'a single "
               "injection' -> 1 (marked on 'single'); 'PRP for one cycle' is the cycle of treatment, not a count of "
               "injections; 'coming 2 cycles of ICSI' are IVF cycles. Sample size: 'Fifty six women' (whole study), "
               "'n= 34' (intervention group) and 'n=22' (control group), arms as printed. Follow-up: 'two months "
               "after PRP injection' (AMH measured: the primary outcome's time point) and 'one year follow up' (both "
               "groups: no arm); 'a two cycle follow up' is counted in menstrual cycles (no unit of the contract: no "
               "fact). Hormone: AMH 'improvement' in the PRP group = increase, arm 'intervention group' (the PRP group "
               "is the intervention group; one label per arm). Traps: '45 participants continued the study, of which "
               "23 ... and 22' (completers, a restatement of the same patients: no sample size), 'no respective change "
               "in control group' (an untreated control group's course, no hormone named: no fact), 'both groups', "
               "'3% Vs. 0', 'between August 2020 and September 2021' (study period), 'ovarian reserve marker' "
               "(unnamed)."),
        layout={"columns": 1, "font": "sans", "journal": "Journal of Family and Reproductive Health"},
    ),

    # Chinese texts, eighth batch
    RealText(
        id="zh_clinical_wcjd2015_hucmsc_peripheral_iv_cirrhosis", lang="zh", kind="clinical", batch=8,
        title="[[人脐带间充质干细胞|c:uc]][[经外周静脉移植|r:iv]]治疗失代偿期肝硬化的临床疗效",
        authors="佟立新, 张岁, 闫宝勇, 张君, 王海舫, 解从君, 李保欣",
        journal="世界华人消化杂志 23(15): 2457-2462", year=2015, doi="10.11569/wcjd.v23.i15.2457",
        url="https://www.wjgnet.com/1009-3079/full/v23/i15/2457.htm",
        licence="CC BY-NC 4.0 (Baishideng Publishing Group, all articles)",
        abstract=(
            "**目的:** 探讨[[人脐带间充质干细胞|c:uc]][[经外周静脉移植|r:iv]]治疗不同程度肝硬化的临床疗效及安全性."),
        body=[
            "**方法:** 选择乙型肝炎肝硬化失代偿期患者[[20例|n:20]], 其中Child-Pugh A级6例, B级8例, C级6例, 在常规保肝的"
            "基础上给予[[人脐带间充质干细胞|c:uc]][[经外周静脉移植|r:iv]]治疗, 同期选择[[20例|n:20#对照组]]乙型肝炎肝硬化"
            "失代偿期患者作为对照组, 其中Child-Pugh A级5例, B级9例, C级6例, 给予常规保肝治疗.",
        ],
        notes=("Chinese clinical study (cell therapy outside the ovary: decompensated hepatitis-B cirrhosis) from the "
               "World Chinese Journal of Digestology (Baishideng); the title and the abstract's Objective and first "
               "Methods sentence, cut at that sentence's end: the stored copy of the article page breaks off inside "
               "the next sentence (the assessment weeks 2, 4, 12 and 24), so the passage is only two sentences and "
               "the title. The source writes ASCII commas and full stops in the Chinese text: kept as printed. "
               "Licence: the article page prints 'Open Access' and 'Copyright ©The Author(s) 2015. Published by "
               "Baishideng Publishing Group Inc. All rights reserved.'; the publisher's statement on the journal's "
               "own site (https://wjgnet.com/1009-3079/Nav/460, and https://www.wjgnet.com/1948-5182/Nav/481, which "
               "names this journal) says BPG applies CC BY-NC 4.0 to all articles it publishes - doubtful for a "
               "2015 article read against a statement updated in 2016. Facts: '人脐带间充质干细胞' -> "
               "umbilical_cord_msc (title, Objective, Methods); '经外周静脉移植' -> intravenous (a peripheral vein); "
               "'20例' cell-treated patients (the group has no name and is described by what it received: no arm) "
               "and '20例 ... 作为对照组' (arm 对照组). Traps: the Child-Pugh A/B/C counts 6/8/6 and 5/9/6 (the same "
               "patients broken down by severity grade, subsets: no sample_size), '常规保肝' (standard liver care, "
               "no drug named), no dose, no number of infusions and no follow-up in the passage."),
        layout={"columns": 2, "font": "serif", "journal": "世界华人消化杂志 2015年 第23卷 第15期",
                "keywords": "许可：CC BY-NC 4.0"},
    ),
    RealText(
        id="zh_animal_wcjd2009_bmsc_portal_pig_alf", lang="zh", kind="animal", batch=8,
        title="[[自体骨髓间充质干细胞|c:bm]]移植对实验性急性肝功能衰竭的治疗作用",
        authors="许海云, 施晓雷, 褚薛慧, 丁义涛",
        journal="世界华人消化杂志 17(10): 962-968", year=2009, doi="10.11569/wcjd.v17.i10.962",
        url="https://www.wjgnet.com/1009-3079/full/v17/i10/962.htm",
        licence="CC BY-NC 4.0 (Baishideng Publishing Group, all articles)",
        species="animal",
        abstract=(
            "**目的:** 探讨[[自体骨髓间充质干细胞|c:bm]]([[mesen-chymal stem cells|c:msc]], [[MSCs|c:msc]])移植联合内科"
            "方法对急性肝功能衰竭动物的协同治疗作用."),
        body=[
            "**方法:** 采用D-氨基半乳糖(D-Gal)诱导建立猪急性肝功能衰竭模型. 12只实验动物随机分为4组(n = 3), 联合治疗组: "
            "诱导24 h后, 门静脉移植[[5×10^{7}|d:5e7,cells,-#联合治疗组]]自体[[MSCs|c:msc#联合治疗组]], 每24 h自体血浆"
            "[[100 mL|d:100,mL,-#联合治疗组]]、甘利欣[[100 mg|d:100,mg,-#联合治疗组]]滴注; 单纯内科治疗组: 诱导后每24 h"
            "自体血浆[[100 mL|d:100,mL,-#单纯内科治疗组]]、甘利欣[[100 mg|d:100,mg,-#单纯内科治疗组]]滴注; 单纯自体"
            "[[MSCs|c:msc#单纯自体MSCs移植组]]移植组: 诱导24 h后, 经门静脉移植"
            "[[5×10^{7}|d:5e7,cells,-#单纯自体MSCs移植组]]自体[[MSCs|c:msc#单纯自体MSCs移植组]]; 对照组: 除普通观察护理外, "
            "不予以任何治疗. 以对照组存活时间为整个实验观察窗口, 观察家猪的肝脏功能及病理变化.",
        ],
        notes=("Pig study (D-galactosamine acute liver failure; a named species other than mouse or rat: species "
               "'animal' for every fact, the default of the entry) from the World Chinese Journal of Digestology "
               "(Baishideng): title, Objective and Methods of the abstract, cut at the end of the Methods; the "
               "stored copy breaks off inside the Results. The stored copy prints '5×107' (superscript flattened): "
               "written here 5×10^{7}; 'mesen-chymal' (a line-break hyphen of the source) and the ASCII punctuation "
               "kept as printed. Licence as in zh_clinical_wcjd2015_hucmsc_peripheral_iv_cirrhosis (BPG's statement "
               "for all its articles; doubtful for a 2009 article). Cells: '自体骨髓间充质干细胞' -> bone_marrow_msc; "
               "its gloss '(mesen-chymal stem cells, MSCs)' and every later 'MSCs' -> msc (the guide: MSC/MSCs "
               "alone is msc, though here they abbreviate the bone-marrow cells - doubtful). Arms: four groups each "
               "named and given its regimen after a colon -> '联合治疗组' (5×10^7 cells, plasma 100 mL, 甘利欣 "
               "(diammonium glycyrrhizinate) 100 mg), '单纯内科治疗组' (100 mL, 100 mg), '单纯自体MSCs移植组' (its name holds "
               "the cells: MSCs in the name and in its clause, 5×10^7); '对照组' has no fact. Doses: 5e7 cells "
               "per null; '自体血浆100 mL' counted as a dose of the protocol (a volume infused - doubtful, plasma is "
               "no drug in the narrow sense) and '甘利欣100 mg'; '每24 h' is a frequency (no per, no sessions "
               "count). Routes: none - '门静脉移植'/'经门静脉' (portal vein) has no contract id, '滴注' (drip) names no "
               "vein. Traps: '12只实验动物', '(n = 3)' (animals, not patients), '4组', '诱导24 h后' (a time counted "
               "from the model, not follow-up), '以对照组存活时间为整个实验观察窗口' (no value), D-Gal without a dose."),
        layout={"columns": 1, "font": "sans", "journal": "世界华人消化杂志 2009年 第17卷 第10期",
                "keywords": "许可：CC BY-NC 4.0"},
    ),
    RealText(
        id="zh_clinical_wcjd2013_tips_bm_stem_cells_cirrhosis", lang="zh", kind="clinical", batch=8,
        title="TIPS联合自体骨髓干细胞移植治疗失代偿期肝硬化",
        authors="黄茂涛, 曹亚玲, 冯早明, 季代金, 张文华, 史小英, 王平, 汤敏, 谭瓛, 谢永祥, 赵睿婷",
        journal="世界华人消化杂志 21(30): 3275-3280", year=2013, doi="10.11569/wcjd.v21.i30.3275",
        url="https://www.wjgnet.com/1009-3079/full/v21/i30/3275.htm",
        licence="CC BY-NC 4.0 (Baishideng Publishing Group, all articles)",
        abstract=(
            "**目的:** 探讨经颈静脉肝内门体分流术(transjugular intrahepatic portosystemic shunt, TIPS)联合自体骨髓干细胞"
            "移植治疗失代偿期肝硬化的有效性和安全性."),
        body=[
            "**方法:** 失代偿期乙型肝炎后肝硬化患者[[5例|n:5]], 2例患者Child-Pugh评分B级, 3例患者Child-Pugh评分C级. "
            "同时行TIPS和自体骨髓干细胞移植, [[随访1年|f:1,year]], 比较患者术前术后的症状、体征、生化指标、内镜下改变.",
            "**结果:** 术后所有患者腹水减少, 术后分别于1、4、12、25、[[52 wk|f:52,week]]随访.",
        ],
        notes=("Chinese clinical case series (five patients, decompensated hepatitis-B cirrhosis, a shunt combined with "
               "a bone-marrow cell transplant) from the World Chinese Journal of Digestology (Baishideng): title, "
               "Objective, Methods and the first Results sentence of the abstract, cut at that sentence's end (the "
               "stored copy breaks off inside the next one). ASCII punctuation kept as printed. Licence: BPG's "
               "statement for all its articles (see SOURCES.md; doubtful for a 2013 article). A trap text for the "
               "cell type: '自体骨髓干细胞' (autologous bone-marrow stem cells, unfractionated: no canonical id, not "
               "over-read as bone_marrow_msc) in the title, Objective and Methods - no cell_type fact. Facts: '5例' "
               "(the series), '随访1年' (follow-up 1 year) and the visit list '1、4、12、25、52 wk随访' (one follow_up "
               "fact, the last time point, 52 weeks; marked on '52 wk'). Traps: '2例 ... B级, 3例 ... C级' (the same "
               "patients by Child-Pugh grade: subsets, no sample_size, no arms - a single-arm series whose cases are "
               "not named by number), '经颈静脉肝内门体分流术' (a transjugular shunt: a vein named for a procedure, no "
               "route of the cells), no route of the cells, no dose, no number of transplants."),
        layout={"columns": 2, "font": "sans", "journal": "世界华人消化杂志 2013年 第21卷 第30期",
                "keywords": "许可：CC BY-NC 4.0"},
    ),
    RealText(
        id="zh_review_wcjd2016_hucmsc_cirrhosis", lang="zh", kind="review", batch=8,
        title="[[人脐带间充质干细胞|c:uc]]治疗肝硬化的研究进展",
        authors="段德, 杨婧, 杨晋辉, 唐映梅, 王园园",
        journal="世界华人消化杂志 24(3): 362-367", year=2016, doi="10.11569/wcjd.v24.i3.362",
        url="https://wjgnet.com/1009-3079/full/v24/i3/362.htm",
        licence="CC BY-NC 4.0 (Baishideng Publishing Group, all articles)",
        abstract=(
            "我国肝硬化发病率逐年升高, 每年约有100万人死于肝硬化, 严重威胁人类健康. 而终末期肝硬化的内科治疗效果不佳, 原位"
            "肝移植(orthotopic liver transplantation, OLT)被认为是最有效的治疗手段, 但因供肝紧缺、费用昂贵、手术风险大、"
            "移植后免疫排斥反应等问题, 限制了OLT的广泛开展. 随着干细胞移植技术的深入研究, [[人脐带间充质干细胞|c:uc]]"
            "([[human umbilical cord mesenchymal stem cells|c:uc]], [[HUC-MSCs|c:uc]])因其来源丰富、易于采集保存、增殖分化"
            "能力强、免疫源性低、无伦理争议等独特优势, 展现出广阔的临床应用前景, 有望成为治疗各类肝硬化的有效方式. 本文就其"
            "生物学特性、肝硬化治疗的理论基础、临床应用进展、存在的问题及展望作一综述."),
        body=[
            "**核心提示:** [[人脐带间充质干细胞|c:uc]]([[human umbilical cord mesenchymal stem cells|c:uc]], "
            "[[HUC-MSCs|c:uc]])具有强增殖分化能力、低免疫源性等优势, 应用于肝硬化治疗中临床疗效显著. 本文详细阐述"
            "[[HUC-MSCs|c:uc]]治疗肝硬化的理论基础及其临床进展, 就目前存在的问题提出展望, 对临床及科研具有一定参考价值.",
        ],
        notes=("Chinese review from the World Chinese Journal of Digestology (Baishideng): the whole abstract and the "
               "'core tip' (核心提示); the stored copy starts inside the page header (at the revision date), so the "
               "title and authors are read from its citation line (引文著录). ASCII punctuation kept as printed. "
               "Licence: BPG's statement for all its articles (see SOURCES.md). A text with few facts, all cell types: "
               "'人脐带间充质干细胞', its gloss 'human umbilical cord mesenchymal stem cells' and 'HUC-MSCs' -> "
               "umbilical_cord_msc (two names and an abbreviation in brackets: three mentions, twice). Traps: '每年约有"
               "100万人死于肝硬化' (deaths in the population, not a sample size), '干细胞移植技术' (generic, no cell "
               "type), '原位肝移植(orthotopic liver transplantation, OLT)' (an organ transplant), '临床疗效显著' (no "
               "hormone or count)."),
        layout={"columns": 1, "font": "serif", "journal": "世界华人消化杂志 2016年 第24卷 第3期",
                "keywords": "许可：CC BY-NC 4.0"},
    ),
    RealText(
        id="zh_animal_wcjd2016_bmsc_tcm_uc_rats", lang="zh", kind="animal", batch=8,
        title="健脾补肾、清肠化湿方联合[[BMSCs|c:bm]]对溃疡性结肠炎模型大鼠肠屏障的修复作用",
        authors="朱磊, 沈洪, 顾培青, 刘丽, 张露, 成家飞, 朱长乐, 司海鹏",
        journal="世界华人消化杂志 24(7): 1017-1023", year=2016, doi="10.11569/wcjd.v24.i7.1017",
        url="https://dx.doi.org/10.11569/wcjd.v24.i7.1017",
        licence="CC BY-NC 4.0 (Baishideng Publishing Group, all articles)",
        species="rat",
        abstract=(
            "**目的:** 观察健脾补肾、清肠化湿方联合[[骨髓间充质干细胞|c:bm]]([[bone mesenchymal stem cells|c:bm]], "
            "[[BMSCs|c:bm]])对溃疡性结肠炎模型大鼠结肠黏膜的修复作用."),
        body=[
            "**方法:** SD大鼠随机分为空白组、模型组、[[BMSCs|c:bm#BMSCs组]]组、干预[[BMSCs|c:bm#干预BMSCs组]]组和联合组.",
        ],
        notes=("Rat study (TNBS ulcerative colitis; species rat for every fact) from the World Chinese Journal of "
               "Digestology (Baishideng): title, Objective and the first Methods sentence of the abstract; the stored "
               "copy (reached through dx.doi.org) breaks off inside the second Methods sentence (the tail-vein "
               "injections and the herbal dose), so the passage is two sentences and the title. ASCII punctuation "
               "kept as printed. Licence: BPG's statement for all its articles (see SOURCES.md). Cells: 'BMSCs', "
               "'骨髓间充质干细胞' and its gloss 'bone mesenchymal stem cells' -> bone_marrow_msc. Arms: the five groups "
               "are listed, but each name has its own head word 组, so the cells in the names 'BMSCs组' and "
               "'干预BMSCs组' are those groups' (labels as printed) - doubtful, a list of groups without counts. "
               "Traps: '健脾补肾、清肠化湿方' (a herbal formula, no dose in the passage), '空白组、模型组 ... 联合组' "
               "(groups without facts), 'SD大鼠' (no count)."),
        layout={"columns": 2, "font": "serif", "journal": "世界华人消化杂志 2016年 第24卷 第7期",
                "keywords": "许可：CC BY-NC 4.0"},
    ),
    RealText(
        id="zh_review_wcjd2015_hgf_bmsc_liver_fibrosis", lang="zh", kind="review", batch=8,
        title="HGF基因修饰[[骨髓间充质干细胞|c:bm]]治疗肝纤维化的研究进展",
        authors="邹其远, 吕晓丹, 陈兰, 詹灵凌, 吕小平",
        journal="世界华人消化杂志 23(34): 5479-5484", year=2015, doi="10.11569/wcjd.v23.i34.5479",
        url="https://wjgnet.com/1009-3079/full/v23/i34/5479.htm",
        licence="CC BY-NC 4.0 (Baishideng Publishing Group, all articles)",
        abstract=(
            "肝纤维化是肝脏慢性损伤导致肝细胞炎症、坏死, 肝脏内结缔组织异常增生的一种可逆性的病理变化. 越来越多的研究表明, "
            "肝细胞生长因子(hepatocyte growth factor, HGF)基因修饰[[骨髓间充质干细胞|c:bm]]可减轻或抑制肝纤维化, 其效果"
            "要好于单纯的[[骨髓间充质干细胞|c:bm]]([[bone mesenchymal stromal cells|c:bm]])移植, 被认为是一种非常有前景的"
            "抗肝纤维化的细胞疗法."),
        notes=("Chinese review from the World Chinese Journal of Digestology (Baishideng): title and the whole abstract "
               "(two sentences); the 'core tip' that follows is left out because the stored copy breaks off inside "
               "it. ASCII punctuation kept as printed. Licence: BPG's statement for all its articles (see "
               "SOURCES.md). A text with few facts, all cell types: '骨髓间充质干细胞' (also when gene-modified: "
               "'HGF基因修饰骨髓间充质干细胞' are still bone-marrow MSCs, marked on the cell words) and the gloss "
               "'bone mesenchymal stromal cells' -> bone_marrow_msc. Traps: '肝细胞生长因子(hepatocyte growth factor, "
               "HGF)' (a gene/growth factor, not a cell type or dose), '细胞疗法' (generic), '越来越多的研究' (no "
               "count)."),
        layout={"columns": 2, "font": "sans", "journal": "世界华人消化杂志 2015年 第23卷 第34期",
                "keywords": "许可：CC BY-NC 4.0"},
    ),
    RealText(
        id="zh_review_hanspub2023_exosomes_wound_healing", lang="zh", kind="review", batch=8,
        title="[[外泌体|c:ev]]在创面愈合中的应用",
        authors="刘松梅, 王献珍",
        journal="临床医学进展 13(6): 9641-9647", year=2023, doi="10.12677/ACM.2023.1361349",
        url="http://www.hanspub.org/journal/PaperInformation?paperID=67335",
        licence="CC BY 4.0 (Hans Publishers, all articles)",
        abstract=(
            "**摘要:** [[外泌体|c:ev]]是内体衍生的囊泡,在细胞间通讯中起关键作用,分泌于多种生物液体中,包括血清、唾液、"
            "尿液、腹水和脑脊液等。[[外泌体|c:ev]]很小(直径30~150 nm),具有独特的胆质蛋白结构,它们可以在细胞之间携带和交换"
            "各种物质。在此,我们对各种来源的[[外泌体|c:ev]]在不同创面恢复过程中的最新应用进行综述,并简要概述在各种生物医学"
            "领域的应用现状。"),
        body=[
            ("heading", "1. 引言"),
            "皮肤创面的愈合由一系列复杂而动态的组织恢复阶段组成,对于伤口细胞发育和伤口微环境的稳态而言,细胞间的物质交换与"
            "信号传递是必要的。[[外泌体|c:ev]]原本只是[[细胞外囊泡|c:ev]],但因近几年的研究发现,它在许多生物过程中都具有着"
            "调节的功能因此而备受关注。[[外泌体|c:ev]]几乎可以从任何细胞中分离出来,其参与细胞间通讯,并参与正常和病理生物学"
            "过程。",
        ],
        notes=("Chinese review (cell-free therapy outside the ovary: exosomes for wound healing) from Hans Publishers' "
               "Advances in Clinical Medicine: the abstract (bilingual in the source) and the first three sentences "
               "of the introduction, cut at a sentence end where the stored copy (the journal's article page) "
               "breaks off; no licence line in the stored part, Hans Publishers' CC BY 4.0 for every article. The "
               "stored copy's punctuation (ASCII commas and brackets, Chinese full stops) and the line-break hyphens "
               "of the English abstract ('communica-tion', 'cere-brospinal', 'lat-est') kept as printed. Facts: every "
               "mention of the exosomes, the subject of the review (as en_review_geng2023_ev_poi: EV mentions are "
               "facts) -> extracellular_vesicle, in both abstracts, the title and the introduction, also "
               "'细胞外囊泡' (extracellular vesicles, the class the exosomes belong to - doubtful, a definition). "
               "Traps: '直径30~150 nm' / '30~150 nm in diameter' (a size, not a dose), the body fluids (血清、唾液、"
               "尿液、腹水和脑脊液: sources, not therapies), '各种来源' (no cell named), no route, no count."),
        layout={"columns": 2, "font": "sans", "journal": "临床医学进展 2023年 第13卷 第6期",
                "keywords": "许可：CC BY 4.0",
                "en_title": "Application of [[Exosomes|c:ev]] in Wound Healing",
                "en_abstract": (
                    "**Abstract:** [[Exosomes|c:ev]] are vesicles derived from endosomes, which play a key role in "
                    "intercellular communica-tion and are secreted in various biological fluids, including serum, "
                    "saliva, urine, ascites and cere-brospinal fluid. [[Exosomes|c:ev]] are very small (30~150 nm in "
                    "diameter) and have a unique bile protein structure, which can carry and exchange various "
                    "substances between cells. Here, we review the lat-est application of [[exosomes|c:ev]] from "
                    "various sources in different wound healing processes, and briefly outline the application status "
                    "in various biomedical fields."),
                "en_keywords": "Licence: CC BY 4.0"},
    ),
    RealText(
        id="zh_animal_wcjd2015_jsssqt_bmsc_homing_cirrhosis_rats", lang="zh", kind="animal", batch=8,
        title="济生肾气汤对干细胞移植后肝硬化大鼠干细胞归巢能力的影响",
        authors="刘莹, 周晓玲, 谢胜, 李泽鹏, 侯秋科, 陈峭, 李灿, 韦金秀",
        journal="世界华人消化杂志 23(7): 1104-1109", year=2015, doi="10.11569/wcjd.v23.i7.1104",
        url="https://wjgnet.com/1009-3079/full/v23/i7/1104.htm",
        licence="CC BY-NC 4.0 (Baishideng Publishing Group, all articles)",
        species="rat",
        abstract="**目的:** 探究济生肾气汤对移植后的干细胞在肝硬化大鼠肝脏中归巢定植能力的影响.",
        body=[
            "**方法:** 将分离培养得到的大鼠[[骨髓间充质干细胞|c:bm]]([[bone marrow mesenchymal stem cells|c:bm]], "
            "[[BMSCs|c:bm]])采用DAPI荧光标记, 然后将造模成功的肝硬化大鼠随机分为A、B、C、D 4组, 每组各15只.",
        ],
        notes=("Rat study (cirrhosis; species rat for every fact) from the World Chinese Journal of Digestology "
               "(Baishideng): title, Objective and the first Methods sentence of the abstract; the stored copy breaks "
               "off inside the next sentence (what groups A-D received), so the passage is two sentences and the "
               "title. ASCII punctuation kept as printed. Licence: BPG's statement for all its articles (see "
               "SOURCES.md). Facts: '骨髓间充质干细胞', its gloss and 'BMSCs' -> bone_marrow_msc. Traps: '干细胞' in "
               "the title and the Objective (generic, no source named: no cell type), '济生肾气汤' (a herbal decoction, "
               "no dose in the passage), 'A、B、C、D 4组' (groups without facts), '每组各15只' (animals, not patients), "
               "'DAPI荧光标记' (a label, not a therapy)."),
        layout={"columns": 1, "font": "serif", "journal": "世界华人消化杂志 2015年 第23卷 第7期",
                "keywords": "许可：CC BY-NC 4.0"},
    ),

    # English texts, eighth batch
    RealText(
        id="en_clinical_scrt2022_ucmsc_covid_ards_phase1", lang="en", kind="clinical", batch=8,
        title="[[Mesenchymal stromal cell|c:msc]] therapy for COVID-19-induced ARDS patients: a successful phase 1, "
              "control-placebo group, clinical trial",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Stem Cell Research & Therapy", year=2022, doi="10.1186/s13287-022-02920-1",
        url="https://stemcellres.biomedcentral.com/articles/10.1186/s13287-022-02920-1",
        licence="CC BY 4.0 (BMC, all articles)",
        abstract=(
            "**Background** Acute respiratory distress syndrome (ARDS) is the devastating complication of the new "
            "COVID-19 pandemic, directly correlated with releasing large amounts of inflammatory cytokines. Due to their "
            "immunoregulatory features, [[mesenchymal stromal cells|c:msc]] ([[MSCs|c:msc]]) provide a promising "
            "approach against this disease. In this regard, this study was designed as a single-center, open-label, "
            "phase 1 clinical trial with a control group to examine the safety and explore the possible potency of "
            "[[three injections|s:3]] of [[umbilical cord-derived MSCs|c:uc]] ([[UC-MSCs|c:uc]]) in mild–moderate "
            "COVID-19-induced ARDS patients."),
        body=[
            "**Methods** [[Twenty confirmed COVID-19 patients|n:20]] with mild-to-moderate ARDS degree entered the "
            "study and were divided into two groups: control group (standard care) and intervention group (standard "
            "care + [[UC-MSCs|c:uc#intervention group]]). The patients received [[three|s:3#intervention group]] "
            "[[intravenous infusions|r:iv#intervention group]] of [[UC-MSCs|c:uc#intervention group]] "
            "([[1 × 10^{6} cells/kg BW per injection|d:1e6,cells/kg,injection#intervention group]]) every other day. "
            "Respiratory markers, CRP levels and specific serum cytokines were assessed four times (days of 0, 5, 10 "
            "and [[17|f:17,day]]) during the [[17-day follow-up|f:17,day]] period.",
            "**Results** During the study, there were no serious adverse effects after cell transplantations. Besides, "
            "significant improvement in SPO2/FIO2 ratio and serum CRP levels was observed.",
            "**Conclusion** Our obtained results demonstrated that [[multiple|s:-]] [[intravenous transplantations|r:iv]] "
            "of allogenic [[UC-MSCs|c:uc]] in non-severe COVID-19-induced ARDS patients are a safe procedure.",
        ],
        notes=("Open-label phase 1 trial with a control group (clinical, no species): Background, Methods, the first two "
               "sentences of the Results (the third holds 'TNF-α', which the Latin PDF font of corpus/make_real cannot "
               "print) and the first sentence of the Conclusion (the copy breaks off in the second) from the journal's "
               "stored article page; year from the DOI. The page prints the dose in TeX, '1 × \\({10}^{6}\\) "
               "cells/kg'; written here as 10^{6}. Cells: 'mesenchymal stromal cells', 'MSCs' (general, no source) -> "
               "msc; 'umbilical cord-derived MSCs', 'UC-MSCs' -> umbilical_cord_msc. Arms: 'intervention group "
               "(standard care + UC-MSCs)' gives its cells the arm 'intervention group'; the next sentence ('The "
               "patients received ...') has no subject of its own other than the patients, so the group named last "
               "(intervention group) goes on labelling it: sessions 3, route, cells and dose are that arm's (doubtful: "
               "'The patients' could be read as the whole study). The assessment sentence opens the follow-up: no arm. "
               "Dose: '1 × 10^6 cells/kg BW per injection' -> 1e6 cells/kg with per injection, because the text says "
               "'per injection' (the /kg rule keeps per null only where nothing else is written; doubtful). Sessions: "
               "'three injections' (aim) and 'three intravenous infusions' -> 3 each; 'multiple intravenous "
               "transplantations' in the Conclusion -> count null; 'every other day' is an interval, 'four times' are "
               "measurements (no sessions). Follow-up: the assessment days 'days of 0, 5, 10 and 17' -> one fact, the "
               "last time point (17 days, marked on '17'), and 'the 17-day follow-up period' -> 17 days. Traps: "
               "'Twenty confirmed COVID-19 patients' is the sample (the two groups' sizes are not given), 'two groups', "
               "SPO2/FIO2 and CRP are no contract hormones, 'cell "
               "transplantations' names no cell type."),
        layout={"columns": 2, "font": "serif", "journal": "Stem Cell Research & Therapy (2022)"},
    ),
    RealText(
        id="en_clinical_scrt2022_ucmsc_t2dm_phase2", lang="en", kind="clinical", batch=8,
        title="Efficacy and safety of [[umbilical cord-derived mesenchymal stem cells|c:uc]] in Chinese adults with "
              "type 2 diabetes: a single-center, double-blinded, randomized, placebo-controlled phase II trial",
        authors="Li Zang, Yijun Li, Haojie Hao, Jiejie Liu, Yu Cheng, Bing Li, Yaqi Yin, Qian Zhang, Fei Gao, Haibin "
                "Wang, Shi Gu, Jia Li, Fengxiang Lin, Yingfei Zhu, Guanglei Tian, Yulong Chen, Weijun Gu, Jin Du, Kang "
                "Chen, Qinghua Guo, Guoqing Yang, Yu Pei, Wenhua Yan, Xianling Wang, Junhua Meng, Saichun Zhang, "
                "Jianming Ba, Zhaohui Lyu, Jingtao Dou, Weidong Han, Yiming Mu",
        journal="Stem Cell Research & Therapy 13(1)", year=2022, doi="10.1186/s13287-022-02848-6",
        url="https://stemcellres.biomedcentral.com/articles/10.1186/s13287-022-02848-6",
        licence="CC BY 4.0 (BMC, all articles)",
        abstract=(
            "**Background** To determine the efficacy and safety of [[umbilical cord-derived mesenchymal stem "
            "cells|c:uc]] ([[UC-MSCs|c:uc]]) in Chinese adults with type 2 diabetes mellitus (T2DM)."),
        body=[
            "**Methods** In this single-center, double-blinded, randomized, placebo-controlled phase II trial, "
            "[[91 patients|n:91]] were randomly assigned to receive [[intravenous infusion|r:iv]] of "
            "[[UC-MSCs|c:uc]] ([[n = 45|n:45]]) or placebo ([[n = 46|n:46]]) [[three times|s:3]] with 4-week "
            "intervals and [[followed up for 48 weeks|f:48,week]] from October 2015 to December 2018.",
            "**Results** At [[48 weeks|f:48,week]], 20% of the patients in the [[UC-MSCs|c:uc#UC-MSCs group]] group "
            "and 4.55% in the placebo group reached the primary endpoint (p < 0.05, 95% confidence interval (CI) "
            "2.25–28.66%). The percentage of insulin reduction of the [[UC-MSCs|c:uc#UC-MSCs group]] group was "
            "significantly higher than that of the placebo group (27.78% versus 15.62%, p < 0.05). The levels of "
            "HbA1c decreased 1.31% (9.02 ± 1.27% to 7.52 ± 1.07%, p < 0.01) in the [[UC-MSCs|c:uc#UC-MSCs group]] "
            "group, and only 0.63% in the placebo group (8.89 ± 1.11% to 8.19 ± 1.02%, p>0.05; p = 0.0081 between "
            "both groups). The glucose infusion rate (GIR) increased significantly in the "
            "[[UC-MSCs|c:uc#UC-MSCs group]] group (from 3.12 to 4.76 mg/min/kg, p < 0.01), whereas no significant "
            "change was observed in the placebo group (from 3.26 to 3.60 mg/min/kg, p > 0.05; p < 0.01 between both "
            "groups).",
        ],
        notes=("Randomised placebo-controlled phase II trial (clinical, no species): from the abstract on the "
               "journal's stored article page, the Background, the first sentence of the Methods and the first four "
               "sentences of the Results (the sentences after each hold '≥' or 'β', which the Latin PDF font of "
               "corpus/make_real cannot print). Authors, volume and issue from a stored library record of the "
               "article (searchworks.jioinstitute.edu.in, which gives the publication year as 2021; 2022 is the "
               "year of volume 13, doubtful). The source's '˃' (U+02C3, a modifier arrowhead the PDF font lacks) in 'p˃0.05' and 'p ˃ 0.05' is written as "
               "'>', the sign it stands for. Cells: "
               "'umbilical cord-derived mesenchymal stem cells', 'UC-MSCs' -> umbilical_cord_msc; 'UC-MSCs group' is "
               "a group named with its head word: its cell mention carries the arm 'UC-MSCs group' wherever it is "
               "named. Sample size: '91 patients' (whole study), 'n = 45' and 'n = 46' (the arms' pre-specified "
               "sizes, but given to groups described only by what they received, 'UC-MSCs (n = 45) or placebo "
               "(n = 46)': no arm, as the guide's 'randomised to intraovarian injection (n = 15) or to a sham "
               "puncture (n = 13)'). Sessions: 'three times' -> 3; '4-week intervals' is an interval (no follow-up). "
               "Follow-up: 'followed up for 48 weeks' and the Results' 'At 48 weeks' (the primary endpoint measured at "
               "that time after treatment) -> 48 weeks each (no arm: both groups). Traps: 'from October 2015 to "
               "December 2018' (study period), percentages of patients, HbA1c values and the glucose infusion rate "
               "'3.12 to 4.76 mg/min/kg' (a measured rate, not a dose), 'both groups', no contract hormone (HbA1c and "
               "insulin are none)."),
        layout={"columns": 1, "font": "sans", "journal": "Stem Cell Research & Therapy (2022) 13"},
    ),
    RealText(
        id="en_clinical_art2014_ucmsc_sle_multicenter", lang="en", kind="clinical", batch=8,
        title="[[Umbilical cord mesenchymal stem cell|c:uc]] transplantation in active and refractory systemic lupus "
              "erythematosus: a multicenter clinical study",
        authors="Dandan Wang, Jing Li, Yu Zhang, Miaojia Zhang, Jinyun Chen, Xia Li, Xiang Hu, Shu Jiang, Songtao Shi, "
                "Lingyun Sun",
        journal="Arthritis Research & Therapy 16:R79", year=2014, doi="10.1186/ar4520",
        url="https://www.springermedizin.de/link?doi=10.1186/ar4520",
        licence="CC BY (BioMed Central, all articles)",
        abstract=(
            "**Introduction** In our present single-center pilot study, [[umbilical cord (UC)–derived mesenchymal "
            "stem cells|c:uc]] ([[MSCs|c:msc]]) had a good safety profile and therapeutic effect in severe and "
            "refractory systemic lupus erythematosus (SLE). The present multicenter clinical trial was undertaken to "
            "assess the safety and efficacy of allogeneic [[UC MSC|c:uc]] transplantation (MSCT) in patients with "
            "active and refractory SLE."),
        body=[
            "**Methods** [[Forty patients|n:40]] with active SLE were recruited from four clinical centers in China. "
            "Allogeneic [[UC MSCs|c:uc]] were [[infused intravenously|r:iv]] on days 0 and 7. The primary endpoints "
            "were safety profiles. The secondary endpoints included major clinical response (MCR), partial clinical "
            "response (PCR) and relapse. Clinical indices, including Systemic Lupus Erythematosus Disease Activity "
            "Index (SLEDAI) score, British Isles Lupus Assessment Group (BILAG) score and renal functional indices, "
            "were also taken into account.",
            "**Results** The overall survival rate was 92.5% (37 of 40 patients). UC-MSCT was well tolerated, and no "
            "transplantation-related adverse events were observed. Thirteen and eleven patients achieved MCR (13 of "
            "40, 32.5%) and PCR (11 of 40, 27.5%), respectively, during [[12 months of follow up|f:12,month]]. Three "
            "and four patients experienced disease relapse at 9 months (12.5%) and 12 months (16.7%) of follow-up, "
            "respectively, after a prior clinical response. SLEDAI scores significantly decreased at 3, 6, 9 and "
            "[[12 months follow-up|f:12,month]]. Total BILAG scores markedly decreased at [[3 months|f:3,month]] and "
            "continued to decrease at subsequent follow-up visits. BILAG scores for renal, hematopoietic and cutaneous "
            "systems significantly improved.",
        ],
        notes=("Multicentre single-arm clinical study (clinical, no species): Introduction, Methods and the first "
               "sentences of the Results of the abstract from the stored springermedizin.de copy (the same text is "
               "stored from the journal's own page, http://www.arthritis-research.com/content/16/2/R79/postcomment), "
               "cut at a sentence end before the copies break off. Licence: BioMed Central publishes every article "
               "of Arthritis Research & Therapy open access under a Creative Commons Attribution licence (the page "
               "says 'Open Access'; no licence line in the part stored). Cells: 'umbilical cord (UC)–derived "
               "mesenchymal stem cells' -> umbilical_cord_msc, its abbreviation '(MSCs)' alone -> msc (the guide's "
               "MSCs alone), 'UC MSC', 'UC MSCs' -> umbilical_cord_msc; 'MSCT' and 'UC-MSCT' abbreviate the "
               "transplantation and are left unmarked (doubtful). The pilot study is the authors' previous work: its "
               "cells are facts of the document. Route: 'infused intravenously' -> intravenous. Sessions: 'on days 0 "
               "and 7' states days, not a count (two infusions are inferred): no sessions fact. Sample size: 'Forty "
               "patients'. Follow-up: 'during 12 months of follow up' -> 12 months; 'at 3, 6, 9 and 12 months "
               "follow-up' (a list of time points) -> one fact, 12 months; 'decreased at 3 months' (BILAG measured "
               "then) -> 3 months. Traps: 'disease relapse at 9 months (12.5%) and 12 months (16.7%) of follow-up' "
               "(times at which an event happened: no follow-up facts), '37 of 40 patients', 'Thirteen and eleven "
               "patients', '13 of 40', 'Three and four patients' (outcome counts), 'four clinical centers', "
               "'single-center pilot study' (no count), percentages, 'subsequent follow-up visits' (no value)."),
        layout={"columns": 2, "font": "sans", "journal": "Arthritis Research & Therapy 2014, 16:R79"},
    ),
    RealText(
        id="en_case_scrt2021_perinatal_msc_covid_ards_series", lang="en", kind="case", batch=8,
        title="[[Mesenchymal stem cells|c:msc]] derived from perinatal tissues for treatment of critically ill "
              "COVID-19-induced ARDS patients: a case series",
        authors="Seyed-Mohammad Reza Hashemian, Rasoul Aliannejad, Morteza Zarrabi, Masoud Soleimani, Massoud "
                "Vosough, Seyedeh-Esmat Hosseini, Hamed Hossieni, Saeid Heidari Keshel, Zeinab Naderpour, Ensiyeh "
                "Hajizadeh-Saffar, Elham Shajareh, Hamidreza Jamaati, Mina Soufi-Zomorrod, Naghmeh Khavandgar, Hediyeh "
                "Alemi, Aliasghar Karimi, Neda Pak, Negin Hossieni Rouzbahani, Masoumeh Nouri, Majid Sorouri, Ladan "
                "Kashani, Hoda Madani, Nasser Aghdami, Mohammad Vasei, Hossein Baharvand",
        journal="Stem Cell Research & Therapy", year=2021, doi="10.1186/s13287-021-02165-4",
        url="https://stemcellres.biomedcentral.com/articles/10.1186/s13287-021-02165-4",
        licence="CC BY 4.0 (BMC, all articles)",
        abstract=(
            "**Background** Acute respiratory distress syndrome (ARDS) is a fatal complication of coronavirus disease "
            "2019 (COVID-19). There are a few reports of allogeneic human [[mesenchymal stem cells|c:msc]] "
            "([[MSCs|c:msc]]) as a potential treatment for ARDS. In this phase 1 clinical trial, we present the "
            "safety, feasibility, and tolerability of the [[multiple infusions|s:-]] of high dose [[MSCs|c:msc]], "
            "which originated from the placenta and umbilical cord, in critically ill COVID-19-induced ARDS "
            "patients."),
        body=[
            "**Methods** A total of [[11 patients|n:11]] diagnosed with COVID-19-induced ARDS who were admitted to the "
            "intensive care units (ICUs) of two hospitals enrolled in this study. The patients were critically ill "
            "with severe hypoxemia and required mechanical ventilation. The patients received [[three|s:3]] "
            "[[intravenous infusions|r:iv]] ([[200 × 10^{6} cells|d:2e8,cells,-]]) every other day for a total of "
            "[[600 × 10^{6}|d:6e8,cells,-]] [[human umbilical cord MSCs|c:uc]] ([[UC-MSCs|c:uc]]; "
            "[[6 cases|n:6]]) or [[placental MSCs|c:pl]] ([[PL-MSCs|c:pl]]; [[5 cases|n:5]]).",
            "**Findings** There were eight men and three women who were 42 to 66 years of age. Of these, six (55%) "
            "patients had comorbidities of diabetes, hypertension, chronic lymphocytic leukemia (CLL), and "
            "cardiomyopathy (CMP). There were no serious adverse events reported 24–48 h after the cell infusions. We "
            "observed reduced dyspnea and increased SpO2 within 48–96 h after the first infusion in seven patients. Of "
            "these seven patients, five were discharged from the ICU within 2–7 days (average: 4 days), one patient "
            "who had signs of acute renal and hepatic failure was discharged from the ICU on day 18, and the last "
            "patient suddenly developed cardiac arrest on day 7 of the cell infusion.",
        ],
        notes=("Phase 1 case series of 11 critically ill patients (kind case; clinical, no species): Background, "
               "Methods and Findings of the abstract from the journal's stored article page, the Findings cut before "
               "their last sentence (it holds 'TNF-α', which the Latin PDF font of corpus/make_real cannot print); authors from a stored CORD-19 record of the article (distantreader.org); "
               "year from the DOI. The page prints '200 × 106 cells' and '600 × 106' (superscripts flattened); written "
               "here with 10^{6}. Cells: 'mesenchymal stem cells', 'MSCs' (general, or of both sources) -> msc; "
               "'human umbilical cord MSCs', 'UC-MSCs' -> umbilical_cord_msc; 'placental MSCs', 'PL-MSCs' -> "
               "placenta_msc; 'placenta and umbilical cord' alone are tissues. Sessions: 'multiple infusions' -> count "
               "null; 'three intravenous infusions' -> 3 (route intravenous). Doses: '200 × 10^6 cells' per infusion "
               "and the total '600 × 10^6' (cells named by the following 'human umbilical cord MSCs') -> 2e8 and 6e8 "
               "cells, per null (no 'per' written; the total is an amount given to each patient, doubtful). Sample "
               "size: '11 patients' and the two cell-type groups '6 cases' and '5 cases' (no arm: groups described "
               "only by the cells they received, without a name, as the guide's 'randomised to intraovarian injection "
               "(n = 15) or to a sham puncture (n = 13)'). No follow-up: '24–48 h after the cell infusions' and "
               "'within 48–96 h after the first infusion' are windows in hours (no contract unit), 'within 2–7 days', "
               "'average: 4 days', 'on day 18' and 'on day 7 of the cell infusion' are times to events (discharge, "
               "cardiac arrest). Traps: 'eight men and three women', 'six (55%) patients', 'seven patients', 'five' (subsets and "
               "outcome counts), '42 to 66 years of age', 'two hospitals', 'the first "
               "infusion' (an ordinal of counted sessions), 'high dose' (no value), SpO2 (no contract hormone)."),
        layout={"columns": 1, "font": "serif", "journal": "Stem Cell Research & Therapy (2021)"},
    ),
    RealText(
        id="en_clinical_sci2016_bmmsc_pediatric_gvhd", lang="en", kind="clinical", batch=8,
        title="[[Mesenchymal Stem Cell|c:msc]] Treatment for Steroid Refractory Graft-versus-Host Disease in Children: "
              "A Pilot and First Study from Turkey",
        authors="Fatih Erbey, Didem Atay, Arzu Akcay, Ercument Ovali, Gulyuz Ozturk",
        journal="Stem Cells International 2016:1641402", year=2016, doi="10.1155/2016/1641402",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC4691494",
        licence="CC BY (Hindawi, all articles)",
        abstract=(
            "This study evaluated the efficacy of [[mesenchymal stem cells|c:msc]] ([[MSCs|c:msc]]) from bone marrow "
            "of a third-party donor for refractory aGVHD. We report the first experience using [[MSCs|c:msc]] to "
            "treat refractory aGVHD in [[33 pediatric patients|n:33]] undergoing allogeneic HSCT from Turkey. Totally, "
            "68 doses of [[bone marrow derived MSCs|c:bm]] were infused. The median dose of [[MSC|c:msc]] was "
            "[[1.18 × 10^{6} cells per kg|d:1.18e6,cells/kg,-]] body weight. Overall, complete response (CR) was "
            "documented in 18 patients, partial response (PR) was documented in 7 patients, and no response (NR) was "
            "documented in 8 patients. The 2-year estimated probability of overall survival (OS) for patients "
            "achieving CR and PR/NR was 63.8% and 29.4%, respectively (p = 0.0002). While the cumulative incidence of "
            "transplant related mortality (TRM) at day 100 after first [[MSC|c:msc]] infusion was 46.6% in PR/NR "
            "patients, there was no any TRM at day 100 after first [[MSC|c:msc]] infusion in CR patients "
            "(p = 0.001). Twelve patients developed chronic GVHD (cGVHD); eight of them were alive, with five having "
            "extensive disease and three having limited disease. In conclusion, [[MSCs|c:msc]] appear to be safe and "
            "effective treatment option for pediatric patients with steroid refractory aGVHD. But the efficacy of "
            "[[MSCs|c:msc]] on cGVHD in aGVHD patients treated with [[MSCs|c:msc]] seems to be limited."),
        notes=("Retrospective pilot series of 33 children (clinical, no species): the whole abstract from the stored "
               "PubMed Central copy. Licence: Hindawi publishes every article of Stem Cells International under the "
               "Creative Commons Attribution licence (not printed in the stored part). The copy prints '1.18 × 106' "
               "(superscript flattened); written here with 10^{6}. Cells: 'mesenchymal stem cells (MSCs) from bone "
               "marrow of a third-party donor' -> the two names as printed, msc and msc (the source 'from bone marrow' "
               "follows the abbreviation; marks cannot span it without overlapping, doubtful); 'bone marrow derived "
               "MSCs' -> bone_marrow_msc; 'MSC'/'MSCs' alone elsewhere -> msc. Dose: 'The median dose of MSC was 1.18 "
               "× 10^6 cells per kg body weight' -> 1.18e6 cells/kg, per null (the kg is in the unit). No route: "
               "'infused' and 'infusion' name no route (the intravenous route is not written). Sessions: '68 doses "
               "... were infused' is the total of infusions over 33 patients, no count per patient: no sessions fact "
               "(doubtful); 'first MSC infusion' is an ordinal of infusions counted (no fact). Sample size: '33 "
               "pediatric patients'. No follow-up: 'The 2-year estimated probability of overall survival' and the "
               "'cumulative incidence ... at day 100 after first MSC infusion' are horizons of survival and "
               "mortality estimates (windows, as 'infections within 100 days after transplantation'), not the "
               "observation of the study. Traps: '18 patients', '7 patients', '8 patients', 'Twelve patients', 'eight "
               "of them', 'five', 'three' (outcome counts), percentages and p values, 'allogeneic HSCT' (the "
               "transplant that caused the disease, no cell type of the therapy)."),
        layout={"columns": 2, "font": "serif", "journal": "Stem Cells International (2016)"},
    ),
    RealText(
        id="en_clinical_grp2018_abmt_portal_vein_cirrhosis", lang="en", kind="clinical", batch=8,
        title="[[Repeated|s:-]] Autologous Bone Marrow Transfusion through Portal Vein for Treating Decompensated Liver "
              "Cirrhosis after Splenectomy",
        authors="Weiwei Zhang, Mujian Teng, Baochi Liu, Qiling Liu, Xin Liu, Yanhui Si, Lei Li",
        journal="Gastroenterology Research and Practice 2018:4136082", year=2018, doi="10.1155/2018/4136082",
        url="https://www.hindawi.com/journals/grp/2018/4136082/",
        licence="CC BY (printed on the stored page: 'distributed under the Creative Commons Attribution License')",
        abstract=(
            "**Objective.** This study is aimed at examining the impact of [[repeated|s:-]] intraportal autologous "
            "bone marrow transfusion (ABMT) in patients with decompensated liver cirrhosis after splenectomy. "
            "**Methods.** A total of [[25 patients|n:25]] with decompensated liver cirrhosis undergoing splenectomy "
            "were divided into ABMT and control groups. The portal vein was cannulated intraoperatively using Celsite "
            "Implantofix through the right gastroomental vein. Both groups were given a routine medical treatment. "
            "Then, [[18 mL|d:18,mL,-#ABMT group]] of autologous bone marrow was transfused through the port in the "
            "patients of the ABMT group 1 week, 1 month, and 3 months after laminectomy, while nothing was given to "
            "the control group. All patients were monitored for adverse events."),
        notes=("Two-group clinical study of autologous bone marrow given through a portal-vein port (clinical, no "
               "species): the Objective and the Methods of the abstract up to the sentence before the one that breaks "
               "off in the stored copies (the journal's page, which prints the licence line; the same text in "
               "library records). A text with few facts and many traps. No cell type: 'autologous bone marrow' is a "
               "tissue given whole (the guide's 'bone marrow' alone), ABMT abbreviates the procedure. No route: "
               "'intraportal', 'through Portal Vein', 'The portal vein was cannulated' and 'through the right "
               "gastroomental vein' name the portal vein, which has no contract id (not intravenous: a portal "
               "catheter, doubtful), 'intraoperatively' is the timing. Sessions: 'Repeated' (title) and 'repeated' "
               "(Objective) -> count null; the three transfusions are inferred from the schedule, not stated as a "
               "count. Dose: '18 mL of autologous bone marrow was transfused' -> 18 mL, per null, arm 'ABMT group' "
               "(the volume given to that group at each transfusion; an amount given, not a harvest volume, "
               "doubtful). Sample size: '25 patients' (the two groups' sizes are not given). Not follow-up: '1 week, "
               "1 month, and 3 months after laminectomy' is the schedule of the repeated treatments ('laminectomy' is "
               "the source's slip for splenectomy, kept). Traps: 'ABMT and control groups' (a list of groups without "
               "counts), 'Both groups', 'nothing was given to the control group', 'All patients'."),
        layout={"columns": 1, "font": "sans", "journal": "Gastroenterology Research and Practice, Volume 2018"},
    ),
    RealText(
        id="en_clinical_art2016_stempeucel_knee_oa_doses", lang="en", kind="clinical", batch=8,
        title="Efficacy and safety of adult human [[bone marrow-derived, cultured, pooled, allogeneic mesenchymal "
              "stromal cells|c:bm]] (Stempeucel®): preclinical and clinical trial in osteoarthritis of the knee joint",
        authors="Pawan Kumar Gupta, Anoop Chullikana, Mathiyazhagan Rengasamy, Naresh Shetty, Vivek Pandey, Vikas "
                "Agarwal, Shrikant Yeshwant Wagh, Prasanth Kulapurathu Vellotare, Devi Damodaran, Pachaiyappan "
                "Viswanathan, Charan Thej, Sudha Balasubramanian, Anish Sen Majumdar",
        journal="Arthritis Research & Therapy 18", year=2016, doi="10.1186/s13075-016-1195-7",
        url="https://arthritis-research.biomedcentral.com/articles/10.1186/s13075-016-1195-7",
        licence="CC BY 4.0 (BMC, all articles)",
        abstract=(
            "**Background** Osteoarthritis (OA) is a common and debilitating chronic degenerative disease of the "
            "joints. Currently, cell-based therapy is being explored to address the repair of damaged articular "
            "cartilage in the knee joint."),
        body=[
            "**Methods** The in vitro differentiation potential of adult human [[bone marrow-derived, cultured, "
            "pooled, allogeneic mesenchymal stromal cells|c:bm]] (Stempeucel®) was determined by differentiating the "
            "cells toward the chondrogenic lineage and quantifying sulfated glycosaminoglycan (sGAG). The "
            "mono-iodoacetate (MIA)-induced preclinical model of OA has been used to demonstrate pain reduction and "
            "cartilage formation. In the clinical study, [[60 OA patients|n:60]] were randomized to receive different "
            "doses of cells ([[25|d:2.5e7,cells,-]], [[50|d:5e7,cells,-]], [[75|d:7.5e7,cells,-]], or "
            "[[150 million cells|d:1.5e8,cells,-]]) or placebo. Stempeucel® was administered by intra-articular (IA) "
            "injection into the knee joint, followed by [[2 ml|d:2,mL,-]] hyaluronic acid (20 mg). Subjective "
            "evaluations—visual analog scale (VAS) for pain, intermittent and constant osteoarthritis pain (ICOAP), "
            "and Western Ontario and McMaster Universities Osteoarthritis (WOMAC-OA) index—were performed at baseline "
            "and at 1, 3, 6, and [[12 months|f:12,month]] of follow-up. Magnetic resonance imaging of the knee was "
            "performed at baseline, and at 6 and [[12 months|f:12,month]] follow-up for cartilage evaluation.",
            "**Results** Stempeucel® differentiated into the chondrogenic lineage in vitro with downregulation of Sox9 "
            "and upregulation of Col2A genes. Furthermore, Stempeucel® differentiated into chondrocytes and "
            "synthesized a significant amount of sGAG (30 ± 1.8 μg/μg GAG/DNA). In the preclinical model of OA, "
            "Stempeucel® reduced pain significantly and also repaired damaged articular cartilage in rats.",
        ],
        notes=("Preclinical work and a randomised dose-ranging trial in knee osteoarthritis (clinical; the rat "
               "model carries no marked fact): Background, Methods and the first three sentences of the Results from "
               "the journal's stored article page, cut at a sentence end before the copy breaks off (the same text "
               "on springermedizin.de and ichgcp.net, whose copy gives the authors). A cell therapy outside "
               "gynaecology with a route outside the contract. Cells: 'bone marrow-derived, cultured, pooled, "
               "allogeneic mesenchymal stromal cells' -> bone_marrow_msc (marked from 'bone marrow-derived' to "
               "'cells'; also in vitro: a named cell given as therapy); the product name 'Stempeucel®' is left "
               "unmarked (a brand, not a cell name or its abbreviation; doubtful). Sample size: '60 OA patients'. "
               "Doses: '25, 50, 75, or 150 million cells' -> four facts, 2.5e7, 5e7, 7.5e7 and 1.5e8 cells, per null, "
               "the unit written once after the last; no arm (values listed without a count each and without "
               "'respectively'). Protocol drug: '2 ml hyaluronic acid (20 mg)' -> one dose, 2 mL (the bracket "
               "restates the same amount by weight: one fact, as a phrase and its parenthesised restatement). No "
               "route: 'intra-articular (IA) injection into the knee joint' has no contract id (left unmarked). "
               "Follow-up: 'at 1, 3, 6, and 12 months of follow-up' and 'at 6 and 12 months follow-up' (lists of "
               "time points) -> one fact each, the last, 12 months. Traps: 'mono-iodoacetate (MIA)-induced "
               "preclinical model' (no drug dose, no species named there), 'in rats' (a species without a marked "
               "fact), '30 ± 1.8 μg/μg GAG/DNA' (a measured amount, not a dose), 'different doses' (no value), "
               "'at baseline', WOMAC/VAS/ICOAP scores (no contract hormones)."),
        layout={"columns": 2, "font": "sans", "journal": "Arthritis Research & Therapy (2016) 18"},
    ),
    RealText(
        id="en_clinical_jcm2024_prp_thin_endometrium_three_groups", lang="en", kind="clinical", batch=8,
        title="Intrauterine Infusion and Hysteroscopic Injection of Autologous Platelet-Rich Plasma for Patients with a "
              "Persistent Thin Endometrium: A Prospective Case–Control Study",
        authors="Tzu-Ning Yu, Tsung-Hsien Lee, Maw-Sheng Lee, Yi-Chun Chen, Chung-I Chen, En-Hui Cheng, Pin-Yao Lin, "
                "Chun-Chia Huang, Chun-I Lee",
        journal="Journal of Clinical Medicine 13(10):2838", year=2024, doi="10.3390/jcm13102838",
        url="https://biomed.reviewer.ly/app/publication/a4d66675-fd2f-40b3-a75e-285f90ebcadd",
        licence="CC BY 4.0 (MDPI, all articles)",
        abstract=(
            "**Objectives:** To evaluate the effect of intrauterine infusion and hysteroscopic injection of autologous "
            "platelet-rich plasma (PRP) in patients with a persistent thin endometrium (EM) undergoing euploid frozen "
            "embryo transfer (EFET) cycles."),
        body=[
            "**Methods:** This prospective case-control study enrolled [[116 infertile women|n:116]] with thin EM "
            "(<7 mm) who underwent hormone replacement therapy (HRT) for EFET. These women had experienced at least "
            "one previous unsuccessful EFET cycle, which either resulted in the cancellation of the cycle or failure "
            "of pregnancy. A total of [[55 women|n:55]] received an intrauterine infusion of PRP before FET, "
            "[[38|n:38]] received a hysteroscopic injection of PRP, and [[23|n:23#control group]] received standard "
            "HRT treatment without PRP (control group). Only euploid embryos were transferred in these cycles. The "
            "primary outcomes were the implantation rate (IR) and clinical pregnancy rate (CPR) after EFET.",
            "**Results:** After receiving intrauterine infusion and hysteroscopic injection of PRP, 78.2% and 55.3% of "
            "patients, respectively, showed an EM thickness exceeding 7 mm, followed by embryo transfer. The "
            "hysteroscopic injection group demonstrated significantly higher IR (52%), a higher trend of CPR (52%), "
            "and a higher live birth rate (38%) than the control group (18%, 22%, and 4%).",
            "**Conclusions:** Intrauterine infusion and hysteroscopic injection of autologous PRP may be effective "
            "methods to increase EM thickness in HRT cycles. According to our results, both methods could increase EM "
            "thickness, while hysteroscopic injection appeared to provide more significant assistance in increasing "
            "IR, CPR, and live birth rate after EFET in patients with persistent thin EM.",
        ],
        notes=("Prospective three-group study of PRP for thin endometrium (clinical, no species): the whole abstract "
               "from a stored abstract record of the article (biomed.reviewer.ly; the same text on medluna.com, and "
               "the title and journal line on a stored copy of the MDPI page); the record prints the headings as "
               "'Objectives :' and the study as 'case-control' in the abstract, kept, with the en dash of the MDPI "
               "title. Licence: MDPI publishes every article under CC BY 4.0. A sample-size text with no cell type, "
               "dose, contract route or follow-up: PRP is no cell therapy, 'intrauterine infusion' and "
               "'hysteroscopic injection' have no contract route id. Sample size: '116 infertile women' (whole "
               "study); '55 women' and '38' (groups described only by what they received, without a name: no arm); "
               "'23 ... (control group)' -> arm 'control group' (a name in brackets after its count). Traps: "
               "'thin EM (<7 mm)' and 'exceeding 7 mm' (thresholds), 'at least one previous unsuccessful EFET cycle' "
               "(history, no sessions), 'an intrauterine infusion' / 'a hysteroscopic injection' (no count written), "
               "'78.2% and 55.3% of patients', 'IR (52%)', 'live birth rate (38%)' (percentages; the 38 there is no "
               "count), 'The hysteroscopic injection group ... than the control group' (a comparison: no arm facts), "
               "'hormone replacement therapy (HRT)' (a treatment, no hormone level), 'both methods'."),
        layout={"columns": 1, "font": "serif", "journal": "J. Clin. Med. 2024, 13, 2838"},
    ),
    RealText(
        id="en_clinical_wjsc2018_sct_cirrhosis_ten_year_cohort", lang="en", kind="clinical", batch=8,
        title="Efficacy and safety of autologous stem cell transplantation for decompensated liver cirrhosis: A "
              "retrospective cohort study",
        authors="Ming-Fang Wang, You-Bing Li, Xiao-Juan Gao, Hao-Yang Zhang, Su Lin, Yue-Yong Zhu",
        journal="World Journal of Stem Cells 10(10):138-145", year=2018, doi="10.4252/wjsc.v10.i10.138",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC6212545", licence="CC BY-NC 4.0 (Baishideng, all articles)",
        abstract=(
            "**AIM** To evaluate the long-term efficacy and safety of autologous stem cell transplantation (SCT) for "
            "decompensated liver cirrhosis."),
        body=[
            "**METHODS** Consecutive patients with decompensated liver cirrhosis were included and assigned into the "
            "SCT group and non-transplantation (non-SCT) group according to whether they received SCT treatment. "
            "Patients were [[followed up for ten years|f:10,year]]. The long-term survival rate and incidence of "
            "hepatocellular carcinoma (HCC) were compared between groups.",
            "**RESULTS** A total of [[159 patients|n:159]] were enrolled, including [[27 cases|n:27#SCT group]] in "
            "the SCT group and [[132 cases|n:132#non-SCT group]] in the non-SCT group. The baseline characteristics "
            "were significantly different between the two groups. Propensity score matching (PSM) was used to match "
            "SCT and non-SCT patients. After PSM, 92 subjects were enrolled in the final analysis, including 23 cases "
            "in the SCT group and 69 cases in the non-SCT group. The overall mortality was 73.9% and 55.1%, and the "
            "median survival period was 48 and 64 mo, respectively. However, no significant difference was found in "
            "the long-term survival rate between the two groups (P > 0.05). In addition, the incidence of HCC was "
            "higher in the SCT group than in the non-SCT group (47.8% vs 21.7%, P < 0.05). After adjusting for other "
            "covariates, SCT (OR = 3.065, 95%CI: 1.378-6.814) and age (OR = 1.061, 95%CI: 1.021-1.102) were "
            "independently correlated with the development of HCC in this decompensated liver cirrhosis cohort.",
            "**CONCLUSION** Autologous SCT may fail to improve the long-term efficacy and increase the incidence of "
            "HCC for decompensated liver cirrhosis.",
        ],
        notes=("Retrospective two-group cohort (clinical, no species): the whole abstract from the stored PubMed "
               "Central copy (the journal's own pages, also stored, give the same text). Licence: the journal's page "
               "prints 'This article is an open-access article ...' (Baishideng distributes every article under CC "
               "BY-NC 4.0; the stored line breaks off before the licence name). A sample-size and follow-up text "
               "with no cell type, dose, route or sessions: 'autologous stem cell transplantation (SCT)' names no "
               "cell (stem cells and their transplantation alone), no route is written. Sample size: '159 patients' "
               "(whole study), '27 cases' in the SCT group and '132 cases' in the non-SCT group (arms 'SCT group' and "
               "'non-SCT group', the group named with its head word in the same clause; the non-SCT group is first "
               "named 'non-transplantation (non-SCT) group', one arm). Traps: 'After PSM, 92 subjects ... 23 cases "
               "... 69 cases' (subsets formed afterwards by propensity matching: no sample sizes), 'Consecutive "
               "patients' (no count). Follow-up: 'followed up for ten years' -> 10 years (whole study). Traps: 'the "
               "median survival period was 48 and 64 mo' (times to death, not follow-up), 'long-term', mortality and "
               "incidence percentages, odds ratios and confidence intervals ('1.378-6.814' is no range of a dose), "
               "'age' (a covariate)."),
        layout={"columns": 2, "font": "serif", "journal": "World J Stem Cells 2018 October 26; 10(10): 138-145"},
    ),
    RealText(
        id="en_case_wjsc2021_mm_ucmsc_iv_stroke", lang="en", kind="case", batch=8,
        title="Treatment of acute ischemic stroke by minimally manipulated [[umbilical cord-derived mesenchymal stem "
              "cells|c:uc]] transplantation: A case report",
        authors="Hyunjun Ahn, Sang Yeon Lee, Won Ju Jung, Kye-Ho Lee",
        journal="World Journal of Stem Cells 13(8):1151-1159", year=2021, doi="10.4252/wjsc.v13.i8.1151",
        url="https://www.wjgnet.com/1948-0210/full/v13/i8/1151.htm",
        licence="CC BY-NC 4.0 (printed on the stored page)",
        abstract=(
            "Stroke is one of the major causes of disability and death worldwide. Some treatments for stroke exist, but "
            "existing treatment methods have limitations such as difficulty in the regeneration of damaged neuronal "
            "cells of the brain. Recently, [[mesenchymal stem cells|c:msc]] ([[MSCs|c:msc]]) have been studied as a "
            "therapeutic alternative for stroke, and various preclinical and case studies have been reported."),
        body=[
            "A 55-year-old man suffered an acute stroke, causing paralysis in the left upper and lower limbs. He "
            "[[intravenously transplanted|r:iv]] the minimally manipulated [[human umbilical cord-derived MSCs|c:uc]] "
            "([[MM-UC-MSCs|c:uc]]) [[twice|s:2]] with an 8-d interval. At [[65 wk|f:65,week]] after transplantation, "
            "the patient returned to his previous occupation as a veterinarian with no adverse reactions.",
            "[[MM-UC-MSCs|c:uc]] transplantation potentially treats patients who suffer from acute ischemic stroke.",
            "**Core Tip:** Previous results of preclinical and case studies showed the effectiveness of "
            "[[mesenchymal stem cells|c:msc]] ([[MSCs|c:msc]]) transplantation to stroke patients. In this case "
            "study, the patient who suffered from acute ischemic stroke was successfully treated using allogenic, "
            "minimally manipulated [[human umbilical cord-derived MSCs|c:uc]]. This is the first report of using "
            "minimally manipulated [[human umbilical cord-derived MSCs|c:uc]] to treat acute ischemic stroke.",
        ],
        notes=("Single case report (kind case; clinical, no species): the three paragraphs of the abstract and the "
               "Core Tip from the journal's stored article page, which prints the licence line; the stored copy "
               "shows the abstract paragraphs without their headings (BACKGROUND, CASE SUMMARY, CONCLUSION), so "
               "none are written. Cells: 'mesenchymal stem cells', 'MSCs' (general) -> msc; 'human umbilical "
               "cord-derived MSCs', 'MM-UC-MSCs' -> umbilical_cord_msc ('minimally manipulated' is a processing "
               "grade; 'umbilical cord-derived mesenchymal stem cells' in the title likewise). Route: 'intravenously "
               "transplanted' -> intravenous. Sessions: 'twice' -> 2; 'with an 8-d interval' is an interval. "
               "Follow-up: 'At 65 wk after transplantation, the patient returned to his previous occupation ... with "
               "no adverse reactions' -> 65 weeks, the time after treatment at which the outcome (work, no adverse "
               "reactions) is reported (doubtful: 'returned to his previous occupation' could be read as an event "
               "whose time is not follow-up). No sample size: a single case ('A 55-year-old man', 'the patient') "
               "gives none. Traps: '55-year-old' (age), 'left upper and lower limbs', 'various preclinical and case "
               "studies' (no count), 'the first report' (an ordinal, no sessions), 'allogenic' (no cell type)."),
        layout={"columns": 1, "font": "sans", "journal": "World J Stem Cells 2021 August 26; 13(8): 1151-1159"},
    ),
    RealText(
        id="en_case_wasj2020_hucmsc_iv_covid_elderly", lang="en", kind="case", batch=8,
        title="Systemic administration of [[human umbilical cord-derived mesenchymal stem cells|c:uc]] effectively "
              "ameliorates the outcomes of a critically ill elderly patient with COVID-19 with multiple comorbidities: "
              "A case report",
        authors="Hongjun Chen, Leisheng Zhang, Zhixu He, Dali Wang, Lili Liu, Wei Zhang, Tao Chen, Zhihua Dai, "
                "Zhongchao Han, Miao Chen",
        journal="World Academy of Sciences Journal 2: article 29", year=2020, doi="10.3892/wasj.2020.70",
        url="https://www.spandidos-publications.com/10.3892/wasj.2020.70?text=fulltext",
        licence="CC BY (printed on the stored page: 'distributed under the terms of Creative Commons Attribution "
                "License')",
        abstract=(
            "The outbreak of coronavirus disease 2019 (COVID-19) caused by severe acute respiratory syndrome "
            "coronavirus 2 (SARS-CoV-2) has spread worldwide and has become a public health emergency, principally "
            "due to the severe inflammatory response and cytokine storm, as well as the deficiency of specific "
            "vaccines and antiviral drugs. Despite the fact that [[mesenchymal stem cells|c:msc]] ([[MSCs|c:msc]]) "
            "are acknowledged to possess unique immunomodulatory capabilities and have promising prospects in "
            "regenerative medicine, the efficacy of the use of [[MSCs|c:msc]] on critically ill elderly patients "
            "with COVID-19 is largely obscure. In the present study, a 75-year-old male patient critically ill with "
            "COVID-19 was enrolled with multiple concomitant diseases, including hypertension (for >10 years), "
            "diabetes and coronary heart disease (for >1 year). Systemic infusions of [[5x10^{7}|d:5e7,cells,-]] "
            "[[human umbilical cord-derived mesenchymal stem/stromal cells|c:uc]] ([[hUC-MSCs|c:uc]]) were "
            "accomplished through [[intravenous injection|r:iv]] every 3 days for [[3 times|s:3]] following the "
            "consents of the patient and the relevant ethics committee."),
        notes=("Single case report (kind case; clinical, no species): the abstract from the publisher's stored page, "
               "which prints the licence line, cut at a sentence end before the copy breaks off. The page writes "
               "non-breaking hyphens (U+2011: 'COVID‑19', 'cord‑derived', '75‑year‑old', 'SARS‑CoV‑2'), written here "
               "as plain hyphens, which the layout font can print, and '5x107' (superscript flattened), written "
               "5x10^{7}. Cells: 'mesenchymal stem cells', 'MSCs' (general) -> msc; 'human umbilical cord-derived "
               "mesenchymal stem cells' (title), 'human umbilical cord-derived mesenchymal stem/stromal cells', "
               "'hUC-MSCs' -> umbilical_cord_msc. Dose: '5x10^7' (the cells named next) -> 5e7 cells, per null (no "
               "'per' written, although each infusion is meant). Route: 'through intravenous injection' -> "
               "intravenous ('Systemic' alone names none). Sessions: 'every 3 days for 3 times' -> 3 (a total is "
               "stated; 'every 3 days' alone would be a frequency). No sample size: a single case ('a 75-year-old male "
               "patient'). Traps: 'hypertension (for >10 years)' and 'coronary heart disease (for >1 year)' "
               "(durations of disease: no follow-up, thresholds), '75-year-old' (age), 'COVID-19'/'2019' (not "
               "numbers of the therapy)."),
        layout={"columns": 2, "font": "serif", "journal": "WORLD ACADEMY OF SCIENCES JOURNAL 2: 29, 2020"},
    ),
    # Chinese texts, ninth batch
    RealText(
        id="zh_review_wcjd2007_bmsc_liver_fibrosis", lang="zh", kind="review", batch=9,
        title="[[骨髓间充质干细胞|c:bm]]治疗肝纤维化的研究进展",
        authors="胡国华, 沈来根",
        journal="世界华人消化杂志 15(34): 3587-3591", year=2007, doi="10.11569/wcjd.v15.i34.3587",
        url="https://wjgnet.com/1009-3079/full/v15/i34/3587.htm",
        licence="CC BY-NC 4.0 (Baishideng Publishing Group, all articles)",
        abstract=(
            "[[骨髓间充质干细胞|c:bm]]是一种多能干细胞, 具有分化成肝细胞的潜力. 近年研究表明, "
            "[[骨髓间充质干细胞|c:bm]]还具有很强的抗肝纤维化的作用, 并且不发生同种异体移植排斥反应, 这为肝纤维化、"
            "肝硬化的治疗带来了新的策略."),
        body=[
            "[[Mesenchymal stem cells|c:msc]], a type of multipotent stem cells, can differentiate into heptocytes. "
            "Recently, more and more studies have shown that [[mesenchymal stem cells|c:msc]] are anti-fibrotic and "
            "immune-tolerant when transplanted into liver fibrosis models, which brings about a new treatment strategy "
            "for liver fibrosis and cirrhosis.",
            "肝纤维化、肝硬化是多种慢性肝脏疾病的终末期病理表现, 目前传统的治疗手段难以从根本上修复肝脏的不可逆变化[1-3]. "
            "肝脏原位移植是治疗各种终末期肝病的有效方法, 但是由于供体来源不足、操作复杂、移植后免疫排斥、治疗费用昂贵等问题, "
            "限制了临床肝移植的发展[4-5]. 随着细胞移植技术的成熟, 肝细胞移植治疗有望从根本上治疗肝脏疾病. "
            "而干细胞方面的研究为解决肝细胞来源问题带来了希望.",
            "[[间充质干细胞|c:msc]]([[mesenchymal stem cells|c:msc]], [[MSCs|c:msc]])是一类具有自我增殖和分化潜能的"
            "多能干细胞. 由于[[骨髓来源的间充质干细胞|c:bm]]易于取材, 未涉及伦理, 而被广泛应用于实验研究[6-10].",
        ],
        notes=("Chinese review from the World Chinese Journal of Digestology (Baishideng): the Chinese abstract, the "
               "English abstract and the first two paragraphs of the introduction, cut at the end of the paragraph's "
               "second sentence (the stored copy breaks off inside the third). The stored copy starts inside the page "
               "header (at the revision date), so the title and authors are read from its citation line (引文著录); the "
               "English title given there is 'Progress in research of treatment of liver fibrosis with mesenchymal stem "
               "cells'. ASCII punctuation, the citation markers [1-3] etc. and 'heptocytes' (sic) kept as printed. "
               "Licence: BPG's statement for all its articles (see SOURCES.md; doubtful for a 2007 article). A text "
               "with few facts, all cell types: '骨髓间充质干细胞', '骨髓来源的间充质干细胞' -> bone_marrow_msc; the "
               "English abstract's 'Mesenchymal stem cells' (its translation of 骨髓间充质干细胞, printed without the "
               "source) and the introduction's '间充质干细胞(mesenchymal stem cells, MSCs)' -> msc (three mentions: a "
               "name, its gloss and the abbreviation). No species: 'when transplanted into liver fibrosis models' is a "
               "general statement of cited work without a named animal (doubtful: it could be read as 'animal'). "
               "Traps: '多能干细胞' (generic), '肝脏原位移植'/'临床肝移植' (organ transplantation), '细胞移植技术', "
               "'肝细胞移植' (hepatocytes: no contract id), '干细胞' (generic), '同种异体移植排斥反应' (no fact), the "
               "citation markers (not numbers of the therapy)."),
        layout={"columns": 2, "font": "sans", "journal": "世界华人消化杂志 2007年 第15卷 第34期",
                "keywords": "许可：CC BY-NC 4.0"},
    ),
    RealText(
        id="zh_review_wcjd2014_msc_ibd", lang="zh", kind="review", batch=9,
        title="炎症性肠病与[[间充质干细胞|c:msc]]的研究进展",
        authors="林艳, 郑长青",
        journal="世界华人消化杂志 22(4): 521-526", year=2014, doi="10.11569/wcjd.v22.i4.521",
        url="https://www.wjgnet.com/1009-3079/full/v22/i4/521.htm",
        licence="CC BY-NC 4.0 (Baishideng Publishing Group, all articles)",
        abstract=(
            "炎症性肠病(inflammatory bowel disease, IBD)是一组病因未明的慢性非特异性肠道炎症性疾病, 其发病与遗传、免疫、"
            "肠道菌群、感染等多方面因素有关. 近年来[[间充质干细胞|c:msc]]([[mesenchymal stem cells|c:msc]], "
            "[[MSCs|c:msc]])在IBD治疗中的作用得到越来越多的重视, 其治疗IBD可能与其抗炎、免疫调节及肠上皮重建等多方面"
            "机制有关. 本研究将对IBD的病因以及[[MSCs|c:msc]]在治疗IBD中的可能机制进行综述."),
        body=[
            "**核心提示:** 炎症性肠病(inflammatory bowel disease, IBD)作为一种病因尚未完全明确的慢性非特异性肠道炎症性"
            "疾病, 其传统的治疗方法多不能使患者的病情得到长期的缓解及控制复发. 而[[间充质干细胞|c:msc]]在IBD治疗中的"
            "作用得到了较多的认可和一定程度的进展. 本文通过综述国内外文献对上述问题进行探讨.",
        ],
        notes=("Chinese review from the World Chinese Journal of Digestology (Baishideng): title, the whole abstract and "
               "the core tip (核心提示), from the journal's article page, whose stored copy prints 'Open Access' and "
               "breaks off inside the English title. ASCII punctuation kept as printed. Licence: BPG's statement for "
               "all its articles (see SOURCES.md). A text with few facts, all cell types: '间充质干细胞', its gloss "
               "'mesenchymal stem cells' and 'MSCs' -> msc (source not given). Traps: '炎症性肠病(inflammatory bowel "
               "disease, IBD)' (an abbreviation of the disease, not of a therapy), '患者' without a count (no sample "
               "size), '国内外文献' (no count of studies), '遗传、免疫、肠道菌群、感染' (causes, no facts)."),
        layout={"columns": 1, "font": "serif", "journal": "世界华人消化杂志 2014年 第22卷 第4期",
                "keywords": "许可：CC BY-NC 4.0"},
    ),
    RealText(
        id="zh_review_wcjd2011_bm_stem_cells_liver_disease", lang="zh", kind="review", batch=9,
        title="骨髓干细胞治疗肝脏疾病的临床应用进展",
        authors="孟云超, 姜海行, 张君红",
        journal="世界华人消化杂志 19(27): 2846-2851", year=2011, doi="10.11569/wcjd.v19.i27.2846",
        url="https://wjgnet.com/1009-3079/full/v19/i27/2846.htm",
        licence="CC BY-NC 4.0 (Baishideng Publishing Group, all articles)",
        abstract=(
            "近年来随着研究的不断深入, 骨髓干细胞移植在治疗急慢性肝功能衰竭、终末期肝病及遗传代谢性肝病等方面有了很大的进展, "
            "其在近期疗效、安全性、耐受性等方面获得了肯定, 且因其本身的优势(如费用低廉、取材方便、不存在免疫排斥反应等)而"
            "越来越受到重视. 虽然肝移植是治疗各种终末期肝病的有效方法, 但由于供肝来源不足、操作复杂、并发症多、移植后免疫排斥"
            "及治疗费用昂贵等原因, 限制了临床肝移植的发展. 因此, 自开展干细胞研究以来, 骨髓干细胞移植为肝病患者带来了福音. "
            "本文就近年来骨髓干细胞移植治疗肝脏疾病的相关临床研究作一综述."),
        notes=("Chinese review from the World Chinese Journal of Digestology (Baishideng): title and the whole abstract "
               "(four sentences), from the journal's article page, whose stored copy prints 'Open Access' and breaks "
               "off inside the English author line; the English title printed there is 'Clinical applications of bone "
               "marrow stem cells to treat liver diseases: recent progress'. ASCII punctuation kept as printed. "
               "Licence: BPG's statement for all its articles (see SOURCES.md). A text with no fact, kept for its "
               "traps: '骨髓干细胞'/'骨髓干细胞移植' (bone marrow stem cells, unfractionated: no canonical id, not "
               "bone_marrow_msc - the guide's 'bone marrow-derived stem cells' case), '干细胞研究' (generic), '肝移植'/"
               "'临床肝移植'/'供肝' (organ transplantation), '肝病患者' and '相关临床研究' without counts (no sample "
               "size), '近期疗效、安全性、耐受性' (no hormone, no follow-up value)."),
        layout={"columns": 2, "font": "serif", "journal": "世界华人消化杂志 2011年 第19卷 第27期",
                "keywords": "许可：CC BY-NC 4.0"},
    ),

    # English texts, ninth batch
    RealText(
        id="en_animal_rbgo2022_prp_cyc_rats_ivf", lang="en", kind="animal", batch=9,
        title="Protective Effects of Platelet-rich plasma for in vitro Fertilization of Rats with Ovarian Failure "
              "Induced by Cyclophosphamide",
        authors="Özcan Budak, Mehmet Sühha Bostanci, Veysel Toprak, Songül Doganay, Osman Köse",
        journal="Revista Brasileira de Ginecologia e Obstetrícia 44(02):161-168", year=2022,
        doi="10.1055/s-0041-1741451",
        url="https://www.thieme-connect.com/products/ejournals/html/10.1055/s-0041-1741451",
        licence="CC BY 4.0 (printed on the stored page: 'CC BY 4.0 · Rev Bras Ginecol Obstet 2022')",
        species="rat",
        abstract=(
            "**Objective** Premature ovarian insufficiency (POI) contributes significantly to female infertility. "
            "Cyclophosphamide (CYC has adverse effects on folliculogenesis. Platelet-rich plasma (PRP) is an autologous "
            "product rich in many growth factors. We evaluated the protective effect of PRP on in vitro fertilization "
            "in female rats with CYC-induced ovarian damage."),
        body=[
            "**Methods** Twenty-eight adult female Sprague-Dawley rats were randomly divided into four groups. Group 1 "
            "(control-sodium chloride 0.9%; 1 mL/kg, [[single-dose|s:1#Group 1]] "
            "[[intraperitoneal|r:ip#Group 1]] [IP] injection); group 2 (CYC), [[75 mg/kg|d:75,mg/kg,-#group 2]], "
            "[[single-dose|s:1#group 2]] [[IP injection|r:ip#group 2]] and sodium chloride 0.9% (1 mL/kg, "
            "[[single-dose|s:1#group 2]] [[IP injection|r:ip#group 2]]); group 3 CYC plus PRP, CYC "
            "([[75 mg/kg|d:75,mg/kg,-#group 3]], [[single-dose|s:1#group 3]] and PRP "
            "([[200 μl|d:0.2,mL,-#group 3]], [[single-dose|s:1#group 3]]) [[IP injection|r:ip#group 3]]); and "
            "group 4 (PRP, [[200 μl|d:0.2,mL,-#group 4]], [[single-dose|s:1#group 4]] "
            "[[IP injection|r:ip#group 4]]).",
            "**Results** In the comparisons in terms of M1 and M2 oocytes, it was observed that the CYC group "
            "presented a significantly lower amount than the control, CYC/PRP, and PRP groups. (for M1, p = 0.000, "
            "p = 0.029, p = 0.025; for M2, p = 0.009, p = 0.004, p = 0.000, respectively). The number of fertilized "
            "oocytes and two-celled good quality embryos was found to be statistically significant between the CYC "
            "and control groups, CYC + PRP and PRP groups (p = 0.009, p = 0.001, p = 0.000 for oocytes, respectively. "
            "For embryos; p = 0.016, p = 0.002, p = 0.000).",
            "**Conclusion** Platelet-rich plasma can protect the ovarian function against damage caused by CYC, and, "
            "in addition, it improves oocyte count and the development of embryos as a result of oocyte stimulation "
            "during the IVF procedure.",
        ],
        notes=("Four-group rat study of PRP given intraperitoneally around a single cyclophosphamide dose (species rat "
               "for every fact). Author names: the dotless i and g-breve (Bostancı, Doğanay) are written i and g, which "
               "the layout font can print. Objective and Methods from the journal's stored page (Thieme, which prints 'CC BY 4.0' "
               "above the article); Results and Conclusion, cut off there, from a stored abstract record of the same "
               "article (mendeley.com catalogue; the same text on SciELO with 'p=0.000' unspaced). The source's "
               "unclosed bracket 'Cyclophosphamide (CYC has' and 'CYC (75 mg/kg, single-dose and PRP (...' are kept. No "
               "cell type: PRP is no cell therapy. Arms: each group's regimen in its brackets, labels as printed "
               "('Group 1' first, then 'group 2', 'group 3', 'group 4'). Group 1: 'single-dose' -> 1 session, "
               "'intraperitoneal [IP] injection' -> intraperitoneal, marked on 'intraperitoneal' (the marks cannot "
               "hold the square brackets; the bracketed restatement is one fact with it); the saline vehicle is the "
               "control group's regimen (doubtful: a vehicle, not a drug), its '1 mL/kg' has no contract unit (no "
               "dose). Group 2: cyclophosphamide 75 mg/kg (model drug dose), its 'single-dose' (1) and 'IP injection', "
               "then the saline's 'single-dose' and 'IP injection' (a second administration, its own mentions). Group "
               "3: CYC 75 mg/kg, 'single-dose' twice (CYC, PRP), PRP '200 μl' -> 0.2 mL (a volume given; written in µl, "
               "the contract's unit is mL: doubtful), one 'IP injection' after the PRP bracket. Group 4: PRP 200 μl -> "
               "0.2 mL, 'single-dose', 'IP injection'. Traps: 'Twenty-eight adult female Sprague-Dawley rats' and 'four "
               "groups' (animals, no sample size), 'sodium chloride 0.9%' (a concentration), the Results comparisons "
               "('the CYC group ... than the control, CYC/PRP, and PRP groups': comparisons, no facts), p values, "
               "'M1'/'M2' (oocyte stages), 'two-celled' embryos. No hormone, no follow-up is stated."),
        layout={"columns": 2, "font": "serif", "journal": "Rev Bras Ginecol Obstet 2022; 44(02): 161-168"},
    ),
    RealText(
        id="en_animal_rbej2020_prp_intraovarian_vcd_rats", lang="en", kind="animal", batch=9,
        title="[[Intra-ovarian injection|r:io]] of platelet-rich plasma into ovarian tissue promoted rejuvenation in "
              "the rat model of premature ovarian insufficiency and restored ovulation rate via angiogenesis "
              "modulation",
        authors="Shahin Ahmadian, Sepideh Sheshpari, Mohammad Pazhang, Alberto Miranda Bedate, Rahim Beheshti, "
                "Mehran Mesgari Abbasi, Mohammad Nouri, Reza Rahbarghazi, Mahdi Mahdipour",
        journal="Reproductive Biology and Endocrinology 18 (2020)", year=2020,
        doi="DOI not shown in the stored copy (Reproductive Biology and Endocrinology 2020, open access)",
        url="https://www.springermedizin.de/intra-ovarian-injection-of-platelet-rich-plasma-into-ovarian-tis/"
            "18251318?fulltextView=true",
        licence="CC BY 4.0 (BMC, all articles; the stored page marks it 'Open Access')",
        species="rat",
        abstract=(
            "Premature Ovarian Insufficiency (POI) is viewed as a type of infertility in which the menopausal status "
            "occurs before the physiological age. Several therapeutic strategies have been introduced in clinic for "
            "POI treatment, although the outputs are not fully convincing. Platelet-rich plasma (PRP) is a unique "
            "blood product widely applied in regenerative medicine, which is based on the releasing of the growth "
            "factors present in platelets α-granules. In the current investigation, we examined the effectiveness of "
            "PRP as a therapeutic alternative for POI animals. POI in Wistar albino rats was induced by daily "
            "[[intraperitoneal (IP) administration|r:ip]] of gonadotoxic chemical agent, 4-vinylcyclohexene dioxide "
            "(VCD) ([[160 mg/ kg|d:160,mg/kg,-]]) for 15 consecutive days. After POI induction, the PRP solution was "
            "directly [[injected intra-ovarian|r:io]] in two concentrations via a surgical intervention. Every two "
            "weeks post-injection, pathological changes were monitored in the ovaries using Hematoxylin-Eosin staining "
            "method, until [[eight weeks|f:8,week]]. Follicle Stimulating Hormone (FSH) content in serum was measured, "
            "together with the expression of the angiogenic-related transcripts ANGPT2 and KDR by real-time qPCR. "
            "Furthermore the fertility status of the treated rats was evaluated by mating trials. Histopathological "
            "examination revealed successful POI induction via the depletion of morphologically normal follicles in "
            "rats following VCD treatment compared to the control rats. The injection of PRP at two concentrations "
            "reduced the number and extent of the follicular atresia and inflammatory responses (p < 0.05)."),
        notes=("Rat study (4-vinylcyclohexene dioxide model; species rat for every fact): the abstract from the stored "
               "springermedizin.de copy of the article (journal, authors, 'Open Access'; the same text on a stored "
               "globalauthorid page), cut at a sentence end before the copy breaks off. Licence: Reproductive Biology "
               "and Endocrinology is a BMC journal (CC BY 4.0 for every article). No cell type: PRP is no cell "
               "therapy. Routes: 'Intra-ovarian injection' (title) and 'injected intra-ovarian' -> "
               "intraovarian_injection (the route of the therapy, PRP), 'intraperitoneal (IP) administration' of the "
               "model drug -> intraperitoneal (one fact with its bracketed restatement). Dose: VCD '160 mg/ kg' (the "
               "source's space kept) -> 160 mg/kg. Follow-up: 'Every two weeks post-injection ... until eight weeks' "
               "-> a list of assessment times, one fact, the last (8 weeks). Traps: 'daily ... for 15 consecutive "
               "days' (duration of daily dosing: no sessions count), 'in two concentrations' and 'at two "
               "concentrations' (no dose value, no sessions), 'Every two weeks' (the interval of the assessments), "
               "'Follicle Stimulating Hormone (FSH) content in serum was measured' (a measured hormone, no change), "
               "'POI induction ... compared to the control rats' (model versus control), 'the physiological age', "
               "p value."),
        layout={"columns": 1, "font": "sans", "journal": "Reproductive Biology and Endocrinology (2020) 18"},
    ),
    RealText(
        id="en_animal_bmrat_prp_intraovarian_cyc_mice", lang="en", kind="animal", batch=9,
        title="(title not in the stored copy; Biomedical Research and Therapy article 891, abstract)",
        authors="(not shown in the stored copy)",
        journal="Biomedical Research and Therapy (BioMedPress)", year=0,
        doi="http://bmrat.biomedpress.org/index.php/BMRAT/article/view/891",
        url="http://bmrat.biomedpress.org/index.php/BMRAT/article/view/891",
        licence="CC BY 4.0 (BioMedPress, all articles: the journal's stored feed prints 'distributed under the terms "
                "of the Creative Commons Attribution License (CC-BY 4.0)')",
        species="mouse",
        abstract=(
            "**Introduction:** Platelet-rich plasma (PRP) has been proposed as a therapeutic intervention for "
            "regenerating impaired ovarian tissue and improving outcomes in women with premature ovarian failure "
            "(POF). One characteristic of POF is the upregulation of proapoptotic genes such as P53 and Caspase3, "
            "which lead to the apoptosis of granulosa cells and monocytes. This study aims to evaluate the effects of "
            "PRP on reducing the expression of P53 and Caspase3 genes."),
        body=[
            "**Methods:** A total of 24 adult female Syrian mice aged between 6-8 weeks were utilized in this study. "
            "The mice were randomly assigned to four groups: Control, POF, POF+saline, and POF+PRP. Eighteen mice were "
            "treated with cyclophosphamide to induce ovarian failure for a duration of 15 days, which was confirmed by "
            "vaginal smear. In the POF+PRP and POF+saline groups, [[200 ml|d:200,mL,-#POF+PRP]] of PRP and "
            "[[200 ml|d:200,mL,-#POF+saline]] of 9% normal saline were [[injected into the ovaries|r:io]] of the mice, "
            "respectively. After [[two weeks|f:2,week]], both ovaries of each mouse were surgically removed for "
            "analysis.",
            "**Results:** Histopathological analysis revealed a decrease in primary, secondary, and antral follicles in "
            "the POF group compared to the control group. Notably, the counts of primary and antral follicles in the "
            "POF+PRP group were significantly higher than those in the POF group (P < 0.05). Additionally, the number "
            "of atretic follicles increased in the POF group but decreased in the POF+PRP groups, although the "
            "differences were not statistically significant. The expression levels of Caspase3 and p53 genes were "
            "significantly reduced in the POF+PRP group compared to the control group (P < 0.001).",
            "**Conclusion:** The findings of this study suggest that PRP treatment can effectively restore ovarian "
            "function by inhibiting apoptosis in a mouse model of ovarian failure.",
        ],
        notes=("Four-group mouse study of intraovarian PRP after cyclophosphamide (species mouse for every fact): the "
               "whole abstract from the journal's stored article page (the same text on its mirrors bmrat.com, "
               "bmrat.org, home.biomedpress.org); the stored copy shows neither the title nor the authors. Licence: "
               "BioMedPress's stored journal feed prints the CC BY 4.0 statement for its articles. No cell type (PRP "
               "is no cell therapy). Doses: '200 ml of PRP and 200 ml of 9% normal saline ..., respectively' -> 200 mL "
               "each (the source's 'ml' kept as written, although a mouse ovary takes microlitres: annotated as "
               "printed), arms 'POF+PRP' and 'POF+saline' (the names listed before one head word 'groups', given their "
               "values one to one by 'respectively'). Route: 'injected into the ovaries' -> intraovarian_injection "
               "(said of both groups: no arm). Follow-up: 'After two weeks, both ovaries ... were surgically removed' "
               "-> 2 weeks. Traps: '24 adult female Syrian mice', 'Eighteen mice', 'four groups' (animals), '6-8 "
               "weeks' (age), 'for a duration of 15 days' (duration of the model drug, no dose), '9% normal saline' "
               "(a concentration), 'women with premature ovarian failure' (no count), the follicle and gene "
               "comparisons (no hormones), 'both ovaries' (not a session count), P values."),
        layout={"columns": 2, "font": "sans", "journal": "Biomedical Research and Therapy"},
    ),
    RealText(
        id="en_animal_sci2016_bmmsc_tail_portal_ccl4_mice", lang="en", kind="animal", batch=9,
        title="Comparison of the Treatment Efficiency of [[Bone Marrow-Derived Mesenchymal Stem Cell|c:bm]] "
              "Transplantation [[via Tail and Portal Veins|r:iv]] in CCl4-Induced Mouse Liver Fibrosis",
        authors="(not shown in the stored copy)",
        journal="Stem Cells International (Hindawi), article 5720413", year=2016, doi="10.1155/2016/5720413",
        url="http://www.hindawi.com/journals/sci/2016/5720413/", licence="CC BY 4.0 (Hindawi, all articles)",
        species="mouse",
        abstract=(
            "Because of self-renewal, strong proliferation in vitro, abundant sources for isolation, and a high "
            "differentiation capacity, [[mesenchymal stem cells|c:msc@human]] are suggested to be potentially "
            "therapeutic for liver fibrosis/cirrhosis. In this study, we evaluated the treatment effects of mouse "
            "[[bone marrow-derived mesenchymal stem cells|c:bm]] ([[BM-MSCs|c:bm]]) on mouse liver cirrhosis induced "
            "by carbon tetrachloride. Portal and [[tail vein transplantations|r:iv]] were examined to evaluate the "
            "effects of different injection routes on the liver cirrhosis model at [[21 days|f:21,day]] after "
            "transplantation. [[BM-MSCs|c:bm]] transplantation reduced aspartate aminotransferase/alanine "
            "aminotransferase levels at [[21 days|f:21,day]] after injection. Furthermore, [[BM-MSCs|c:bm]] induced "
            "positive changes in serum bilirubin and albumin and downregulated expression of integrins (600- to "
            "7000-fold), transforming growth factor, and procollagen-α1 compared with the control group. "
            "Interestingly, both injection routes ameliorated inflammation and liver cirrhosis scores. All mice in "
            "treatment groups had reduced inflammation scores and no cirrhosis. In conclusion, transplantation of "
            "[[BM-MSCs|c:bm]] [[via tail or portal veins|r:iv]] ameliorates liver cirrhosis in mice. Notably, there "
            "were no differences in treatment effects between [[tail and portal vein administrations|r:iv]]. In "
            "consideration of safety, we suggest transfusion of [[bone marrow-derived mesenchymal stem cells|c:bm@human]] "
            "[[via a peripheral vein|r:iv@human]] as a potential method for liver fibrosis treatment."),
        notes=("Mouse study of carbon-tetrachloride liver cirrhosis (species mouse), the whole abstract from the "
               "journal's stored page; the title from the stored page of its Figure 4 "
               "(hindawi.com/journals/sci/2016/5720413/fig4/); the authors are not shown. Cells: 'mesenchymal stem "
               "cells' in the opening sentence (general, no species) -> msc; 'bone marrow-derived mesenchymal stem "
               "cells', 'BM-MSCs' -> bone_marrow_msc, per mention ('mouse' is the donor species). Routes: the tail vein "
               "is intravenous; the portal vein has no contract id (not intravenous here, as in the corpus's portal "
               "texts). Where tail and portal veins are coordinated in one phrase ('via Tail and Portal Veins', 'via "
               "tail or portal veins', 'tail and portal vein administrations') the phrase is one intravenous mention "
               "(the tail half; doubtful: the span also holds the portal route); 'Portal and tail vein "
               "transplantations' is marked on its tail half. 'via a peripheral vein' -> intravenous in the closing "
               "suggestion for treatment (a clinical proposal: no species, as are its cells). Follow-up: 'at 21 days "
               "after transplantation' and 'at 21 days after injection' -> 21 days each. Traps: 'different injection "
               "routes', 'both injection routes' (no route named), '600- to 7000-fold' (no dose range), 'All mice in "
               "treatment groups' (animals), 'compared with the control group'. No dose, sessions or hormone is "
               "stated (liver enzymes, bilirubin and albumin are not contract hormones)."),
        layout={"columns": 1, "font": "serif", "journal": "Stem Cells International, Volume 2016, Article 5720413"},
    ),
    RealText(
        id="en_animal_bmrat_admsc_bmmsc_ccl4_liver_mice", lang="en", kind="animal", batch=9,
        title="(title not in the stored copy; Biomedical Research and Therapy article 179, abstract)",
        authors="(not shown in the stored copy)",
        journal="Biomedical Research and Therapy (BioMedPress)", year=0,
        doi="http://bmrat.org/index.php/BMRAT/article/view/179",
        url="http://bmrat.org/index.php/BMRAT/article/view/179",
        licence="CC BY 4.0 (BioMedPress, all articles: the journal's stored feed prints 'distributed under the terms "
                "of the Creative Commons Attribution License (CC-BY 4.0)')",
        species="mouse",
        abstract=(
            "**Background:** The application of [[mesenchymal stem cell|c:msc@human]] ([[MSC|c:msc@human]]) therapy "
            "in liver fibrosis treatment has been increasingly investigated in recent years. [[MSCs|c:msc@human]] "
            "obtained from a variety of sources (e.g. bone marrow, umbilical cord blood and adipose tissue) have been "
            "studied and have achieved remarkable results. In this study, we compared the effects of "
            "[[adipose-derived mesenchymal stem cells|c:ad]] ([[AD-MSC|c:ad]]) transplantation with "
            "[[bone marrow-derived mesenchymal stem cell|c:bm]] ([[BM-MSC|c:bm]]) transplantation in a mouse model of "
            "liver fibrosis, induced by carbon tetrachloride (CCl4)."),
        body=[
            "**Methods:** Eight-week old mice were treated with CCl4 for 11 weeks to induce liver fibrosis then "
            "[[5x10^{5} cells|d:5e5,cells,-]] were transplanted into mice [[via the tail vein|r:iv]].",
            "**Results:** After [[21 days|f:21,day]] of transplantation, the results showed that the stem cell treated "
            "groups ameliorated better than the placebo group. [[MSC|c:msc]] treated groups showed reduced AST and "
            "ALT levels, down-regulated expression of extracellular matrix (ECM) genes, and improved liver "
            "histopathology. Both sources of [[MSCs|c:msc]] (bone marrow and adipose tissue) were effective in the "
            "mouse model of liver fibrosis.",
            "**Conclusion:** Our results also indicated that [[AD-MSC|c:ad]] transplantation in mice accelerated liver "
            "regeneration better than [[BM-MSC|c:bm]] transplantation.",
        ],
        notes=("Mouse study of carbon-tetrachloride liver fibrosis (species mouse): the whole abstract from the "
               "journal's stored article page (the same text on its mirrors home.biomedpress.org and "
               "bmrat.biomedpress.org), which shows neither the title nor the authors. Licence: BioMedPress's stored "
               "journal feed prints the CC BY 4.0 statement for its articles. The page prints the dose as '5x105' "
               "(superscript flattened), written here 5x10^{5}. Cells: the Background's 'mesenchymal stem cell (MSC) "
               "therapy' and 'MSCs obtained from a variety of sources' (general: msc, no species; the tissues named "
               "alone are no cell types); 'adipose-derived mesenchymal stem cells (AD-MSC)' -> adipose_msc, "
               "'bone marrow-derived mesenchymal stem cell (BM-MSC)' -> bone_marrow_msc, two mentions each; 'MSC "
               "treated groups' and 'Both sources of MSCs' -> msc (the study's cells, mouse). Dose: '5x10^5 cells' "
               "(per null). Route: 'via the tail vein' -> intravenous. Follow-up: 'After 21 days of transplantation' "
               "-> 21 days. Traps: 'Eight-week old' (age), 'treated with CCl4 for 11 weeks' (duration of the model "
               "drug, no dose), 'stem cell treated groups' (generic, no cell type), 'the placebo group', 'MSC "
               "treated groups' (several groups: no arm), 'Both sources' (no count), AST/ALT (not contract "
               "hormones)."),
        layout={"columns": 2, "font": "serif", "journal": "Biomedical Research and Therapy"},
    ),
    RealText(
        id="en_animal_scrt2013_hucmsc_ex_cisplatin_aki_rats", lang="en", kind="animal", batch=9,
        title="[[Exosomes|c:ev]] released by [[human umbilical cord mesenchymal stem cells|c:uc]] protect against "
              "cisplatin-induced renal oxidative stress and apoptosis in vivo and in vitro",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Stem Cell Research & Therapy 4(2):34", year=2013, doi="10.1186/scrt194",
        url="http://www.stemcellres.com/content/4/2/34/email", licence="CC BY (BMC, all articles)",
        species="rat",
        abstract=(
            "**Introduction** Administration of [[bone marrow mesenchymal stem cells|c:bm@human]] "
            "([[MSCs|c:msc@human]]) or secreted [[microvesicles|c:ev@human]] improves recovery from acute kidney "
            "injury (AKI). However, the potential roles and mechanisms are not well understood. In the current study, "
            "we focused on the protective effect of [[exosomes|c:ev]] derived from "
            "[[human umbilical cord mesenchymal stem cells|c:uc]] ([[hucMSC-ex|c:ev]]) on cisplatin-induced "
            "nephrotoxicity in vivo and in vitro."),
        body=[
            "**Methods** We constructed cisplatin-induced AKI rat models. At 24 h after treatment with cisplatin, "
            "[[hucMSC-ex|c:ev]] were injected into the kidneys via the renal capsule; human lung fibroblast "
            "(HFL-1)-secreted exosomes (HFL-1-ex) were used as controls. All animals were killed at day 5 after "
            "administration of cisplatin. Renal function, histological changes, tubular apoptosis and proliferation, "
            "and degree of oxidative stress were evaluated. In vitro, rat renal tubular epithelial (NRK-52E) cells "
            "were treated with or without cisplatin and after 6 h treated with or without [[exosomes|c:ev]]. Cells "
            "continued to be cultured for 24 h, and were then harvested for western blotting, apoptosis and detection "
            "of degree of oxidative stress.",
            "**Results** After administration of cisplatin, there was an increase in blood urea nitrogen (BUN) and "
            "creatinine (Cr) levels, apoptosis, necrosis of proximal kidney tubules and formation of abundant tubular "
            "protein casts and oxidative stress in rats. Cisplatin-induced AKI rats treated with [[hucMSC-ex|c:ev]], "
            "however, showed a significant reduction in all the above indexes.",
        ],
        notes=("Rat study of cisplatin acute kidney injury (species rat): the Introduction, Methods and the first two "
               "sentences of the Results of the abstract from the stored BMC page (stemcellres.com), cut at a sentence "
               "end; Stem Cell Research & Therapy publishes every article under a CC BY licence. Cells: the opening "
               "sentence speaks of earlier work in general (no species): 'bone marrow mesenchymal stem cells' -> "
               "bone_marrow_msc, its abbreviation 'MSCs' -> msc (the letters alone), 'secreted microvesicles' -> "
               "extracellular_vesicle; 'exosomes derived from human umbilical cord mesenchymal stem cells' -> two "
               "mentions (extracellular_vesicle, umbilical_cord_msc); 'hucMSC-ex' (the exosomes) -> "
               "extracellular_vesicle, per mention; the in-vitro 'exosomes' given to the cells -> extracellular_vesicle. "
               "Not a cell type: 'human lung fibroblast (HFL-1)-secreted exosomes (HFL-1-ex) were used as controls' "
               "(control vesicles, not the therapy; doubtful). No route: 'injected into the kidneys via the renal "
               "capsule' has no contract id. No follow-up: 'killed at day 5 after administration of cisplatin' counts "
               "from the model drug, 'At 24 h after treatment with cisplatin' is the time of the injection, 'after 6 "
               "h' and 'for 24 h' are in-vitro culture times. Traps: no dose or count is given (cisplatin without "
               "dose), BUN/creatinine are not contract hormones, 'After administration of cisplatin, there was an "
               "increase' (model effect)."),
        layout={"columns": 1, "font": "sans", "journal": "Stem Cell Research & Therapy 2013, 4:34"},
    ),
    RealText(
        id="en_animal_bmrat_ucbmsc_iv_pancreas_diabetic_mice", lang="en", kind="animal", batch=9,
        title="(title not in the stored copy; Biomedical Research and Therapy article 27, abstract)",
        authors="(not shown in the stored copy)",
        journal="Biomedical Research and Therapy (BioMedPress)", year=0,
        doi="http://www.bmrat.org/index.php/bmrat/article/view/27",
        url="http://www.bmrat.org/index.php/bmrat/article/view/27",
        licence="CC BY 4.0 (BioMedPress, all articles: the journal's stored feed prints 'distributed under the terms "
                "of the Creative Commons Attribution License (CC-BY 4.0)')",
        species="mouse",
        abstract=(
            "Type 1 diabetes mellitus is characterized by the destruction of pancreatic islet beta cells, which leads "
            "to insulin insufficiency, hyperglycemia, and reduced metabolic glucose level. Insulin replacement is the "
            "current standard therapy for type 1 diabetes mellitus but has several limitations. Pancreatic islet "
            "transplantation can result in the production of exogenous insulin, but its use is limited by "
            "immune-rejection and donor availability. Recent studies have shown that "
            "[[mesenchymal stem cells|c:msc@human]] ([[MSCs|c:msc@human]]) can trans-differentiate into "
            "insulin-producing cells (IPCs), which could be utilized for diabetes mellitus treatment. Previously "
            "published reports have demonstrated that [[MSC|c:msc]] or IPC transplantation could produce significant "
            "improvement in mouse models of diabetes mellitus. This study was aimed at determining the effects of two "
            "different methods of [[MSC|c:msc]] transplantation on the efficacy of diabetes mellitus treatment in "
            "mouse models. The [[MSCs|c:msc]] were isolated from umbilical cord blood and were proliferated following "
            "a previously published procedure. Diabetes mellitus was induced in mice by streptozotocin (STZ) "
            "injection. [[Thirty days|f:30,day]] after transplantation, the weight of the mice treated by "
            "[[intra-venous infusion|r:iv]] and intra-pancreatic injection was found to be 22% and 14% higher than "
            "that of the un-treated mice. The blood glucose concentrations in both [[intra-venous infusion|r:iv]] and "
            "intra-pancreatic injection groups decreased and remained more stable than those in the control group. "
            "Moreover, insulin was detected in the serum of the treated mice, and the pancreas also showed gradual "
            "recovery. Based on the results of this preliminary investigation, [[intra-venous infusion|r:iv]] seems "
            "more suitable than intra-pancreatic injection for [[MSC|c:msc]] transplantation for diabetes mellitus "
            "treatment."),
        notes=("Mouse study of streptozotocin diabetes (species mouse): the whole abstract from the journal's stored "
               "article page, which shows neither the title nor the authors. Licence: BioMedPress's stored journal "
               "feed prints the CC BY 4.0 statement for its articles. Cells: 'mesenchymal stem cells (MSCs)' in the "
               "general sentence on recent studies (no species); 'MSC ... transplantation' in mouse models (the cited "
               "reports name mice; the study's aim) -> msc, mouse; 'The MSCs were isolated from umbilical cord blood' "
               "-> msc (MSCs from cord blood: not umbilical_cord_msc, which is cord tissue, nor "
               "umbilical_cord_blood_cell, the cord-blood cells themselves; the tissue is named alone; doubtful). "
               "Route: 'intra-venous infusion' -> intravenous, per mention (also in 'intra-venous infusion and "
               "intra-pancreatic injection groups': the route named; two groups named before one head word: no arm); "
               "intra-pancreatic injection has no contract id. Follow-up: 'Thirty days after transplantation' -> 30 "
               "days. The closing recommendation is drawn from the mouse results (kept mouse; doubtful, it points at "
               "treatment in general). Traps: '22% and 14%' (percentages), 'streptozotocin (STZ) injection' (no dose, "
               "no route named), 'two different methods' (no count of sessions), insulin, weight and blood glucose "
               "(not contract hormones), 'IPC transplantation' (insulin-producing cells: no contract id), 'Pancreatic "
               "islet transplantation' (no cell type)."),
        layout={"columns": 1, "font": "serif", "journal": "Biomedical Research and Therapy"},
    ),
    RealText(
        id="en_animal_biolres2024_emsc_uterine_horn_nodscid_mice", lang="en", kind="animal", batch=9,
        title="[[Endometrial mesenchymal stromal/stem cells|c:msc]] improve regeneration of injured endometrium in "
              "mice",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Biological Research 57", year=2024, doi="10.1186/s40659-024-00484-3",
        url="http://biolres.biomedcentral.com/articles/10.1186/s40659-024-00484-3",
        licence="CC BY 4.0 (BMC, all articles; 'Open access' on the stored page)", species="mouse",
        abstract=(
            "**Background** The monthly regeneration of human endometrial tissue is maintained by the presence of "
            "[[human endometrial mesenchymal stromal/stem cells|c:msc@human]] ([[eMSC|c:msc@human]]), a cell "
            "population co-expressing the perivascular markers CD140b and CD146. Endometrial regeneration is impaired "
            "in the presence of intrauterine adhesions, leading to infertility, recurrent pregnancy loss and placental "
            "abnormalities. Several types of somatic stem cells have been used to repair the damaged endometrium in "
            "animal models, reporting successful pregnancy. However, the ability of endometrial stem cells to repair "
            "the damaged endometrium remains unknown."),
        body=[
            "**Methods** Electrocoagulation was applied to the left uterine horn of NOD/SCID mice causing endometrial "
            "injury. Human [[eMSC|c:msc]] or PBS was then injected into the left injured horn while the right normal "
            "horn served as controls. Mice were sacrificed at different timepoints ([[Day 3, 7 and 14|f:14,day]]) and "
            "the endometrial morphological changes as well as the degree of endometrial injury and repair were "
            "observed by histological staining. Gene expression of various inflammatory markers was assessed using "
            "qPCR. The functionality of the repaired endometrium was evaluated by fertility test.",
            "**Results** Human [[eMSC|c:msc]] successfully incorporated into the injured uterine horn, which displayed "
            "significant morphological restoration. Also, endometrium in the [[eMSC|c:msc#eMSC group]] group showed "
            "better cell proliferation and glands formation than the PBS group. Although the number of blood vessels "
            "were similar between the two groups, gene expression of VEGF-α significantly increased in the "
            "[[eMSC|c:msc#eMSC group]] group. Moreover, [[eMSC|c:msc#eMSC group]] had a positive impact on the "
            "regeneration of both stromal and epithelial components of the mouse endometrium, indicated by "
            "significantly higher vimentin and CK19 protein expression. Reduced endometrial fibrosis and "
            "down-regulation of fibrosis markers were also observed in the [[eMSC|c:msc#eMSC group]] group.",
        ],
        notes=("Mouse study of electrocoagulation injury of the uterine horn (species mouse): Background, Methods and "
               "Results of the abstract from the stored BMC page (the Results, cut at a sentence end, from the stored "
               "PubMed Central copy PMC10863157 of the same abstract, which breaks off later). Cells: endometrial "
               "mesenchymal stromal/stem cells (eMSC) have no canonical id -> msc (MSCs of a source the contract does "
               "not name, like hiMSC), per mention; the Background's 'human endometrial mesenchymal stromal/stem cells "
               "(eMSC)' describes the cells of human endometrium (general, no species). No route: 'injected into the "
               "left injured horn' (uterine horn) has no contract id. Follow-up: 'sacrificed at different timepoints "
               "(Day 3, 7 and 14)' -> a list of assessment times, one fact, the last (14 days). Arms: 'the eMSC group' "
               "is the subject of its clauses (its cell type carries arm 'eMSC group'; 'Moreover, eMSC had a positive "
               "impact' follows in the same paragraph after the group was named again: the same arm, doubtful: it "
               "names the cells); 'Human eMSC successfully incorporated' comes before any group is named (no arm). "
               "Traps: 'Several types of somatic stem cells', 'endometrial stem cells' (generic stem cells, no id), "
               "'PBS' (vehicle, no dose), 'the right normal horn served as controls', 'between the two groups' (a "
               "comparison), VEGF-α/vimentin/CK19 (not hormones), 'fertility test'."),
        layout={"columns": 2, "font": "sans", "journal": "Biological Research (2024) 57"},
    ),
    RealText(
        id="en_clinical_ijfs2022_prp_intraovarian_por_before_after", lang="en", kind="clinical", batch=9,
        title="[[Intraovarian Injection|r:io]] of Autologous Platelet-Rich Plasma Improves Therapeutic Approaches in "
              "The Patients with Poor Ovarian Response: A Before-After Study",
        authors="Nazli Navali, Leila Sadeghi, Laya Farzadi, Aliyeh Ghasemzadeh, Kobra Hamdi, Parvin Hakimi, Behrouz "
                "Niknafs",
        journal="International Journal of Fertility & Sterility 16(2):90-94", year=2022,
        doi="10.22074/IJFS.2021.533576.1154", url="https://pmc.ncbi.nlm.nih.gov/articles/PMC9108296",
        licence="CC BY-NC 3.0 (the journal's stored editorial policy: 'licensed under a Creative Commons "
                "Attribution-NonCommercial 3.0 Unported License')",
        abstract=(
            "**Background:** Advanced age is associated with a decline in the natural oocytes, low oocyte yield, and "
            "also increases the assisted reproductive technology (ART) failure rate, and consequently resulted in a "
            "pregnancy rate decrease. Platelet-rich plasma (PRP) is one of the proposed therapeutic strategies for "
            "women with poor ovarian response (POR). Because of the autologous source of PRP, the lowest risks of "
            "disease transmission, immunogenic and allergic reactions have been expected. This study aimed to "
            "evaluate the [[single-dose|s:1]] [[intraovarian injection|r:io]] of autologous PRP in poor ovarian "
            "reserve."),
        body=[
            "**Materials and Methods:** We conducted a clinical trial study in the Al-Zahra hospital and Milad "
            "Infertility Clinic, Tabriz, Iran (April and May, 2021). A total of [[thirty-five women|n:35]] with a POR "
            "and mean age 40.68 ± 0.34 enrolled in this study. After injection of autologous PRP "
            "[[into the ovaries|r:io]], the number of oocytes, antral follicles, and level of estradiol, "
            "anti-Müllerian hormone (AMH), follicle-stimulating hormone (FSH), luteal hormone (LH), FSH/LH ratio also "
            "were evaluated while, these parameters were evaluated before PRP administration.",
            "**Results:** At the [[2-month follow-up|f:2,month]], women treated with PRP showed a significant "
            "elevation in the number of oocytes (3.68 ± 0.24, P=0.0043) and embryos (3.17 ± 0.14, P=0.0001), as well "
            "as in the [[estradiol levels|h:E2,inc]] (404.1 ± 16.76 vs. 237.7 ± 13.14, P=0.0003).",
        ],
        notes=("Single-arm before-after clinical study of intraovarian PRP in poor responders (clinical, no species): "
               "Background, Materials and Methods and Results of the abstract from the stored PubMed Central copy, "
               "cut before the Conclusion, which breaks off in the copy. Licence: the journal's stored editorial "
               "policy page (ijfs.ir) states that the journal is licensed CC BY-NC 3.0. No cell type (PRP is no cell "
               "therapy). Sessions: 'single-dose' -> 1. Routes: 'intraovarian injection' (title and Background) and "
               "'injection of autologous PRP into the ovaries', marked on 'into the ovaries' (the PRP named between "
               "verb and place) -> intraovarian_injection. Sample size: 'thirty-five women' (whole study, single "
               "arm). Follow-up: 'At the 2-month follow-up' -> 2 months. Hormone: 'a significant elevation ... in the "
               "estradiol levels' -> E2 increase (marked on 'estradiol levels'; the verb stands earlier in the "
               "sentence). Traps: 'mean age 40.68 ± 0.34' (age), '(April and May, 2021)' (study period), the list of "
               "evaluated hormones in the Methods (measured, no change), 'FSH/LH ratio', numbers of oocytes and "
               "embryos with their means (outcome counts), '404.1 ± 16.76 vs. 237.7 ± 13.14' (values, no dose), P "
               "values, 'Advanced age', 'pregnancy rate decrease' (no hormone)."),
        layout={"columns": 1, "font": "serif", "journal": "Int J Fertil Steril, Vol 16, No 2, April-June 2022, Pages: 90-94"},
    ),
    RealText(
        id="en_animal_srep2016_msc_ip_iv_anal_colitis_mice", lang="en", kind="animal", batch=9,
        title="[[Intraperitoneal injection (IP)|r:ip]], [[Intravenous injection (IV)|r:iv]] or anal injection (AI)? "
              "Best way for [[mesenchymal stem cells|c:msc]] transplantation for colitis",
        authors="Min Wang, Cong Liang, Hao Hu, Lin Zhou, Bing Xu, Xin Wang, Ying Han, Yongzhan Nie, Shuyun Jia, Jie "
                "Liang, Kaichun Wu",
        journal="Scientific Reports 6:30696", year=2016, doi="10.1038/srep30696",
        url="https://www.scribd.com/document/425588318/Intraperitoneal-Injection-IP-Intravenous-Injection",
        licence="CC BY 4.0 (Scientific Reports, all articles; the stored copy of the article PDF is marked 'OPEN')",
        species="mouse",
        abstract=(
            "Stem cell transplantation showed promising results in IBD management. However, the therapeutic impacts "
            "of cell delivery route that is critical for clinical translation are currently poorly understood. Here, "
            "three different [[MSCs|c:msc]] delivery routes: [[intraperitoneal (IP)|r:ip]], "
            "[[intravenous (IV)|r:iv]], and anal injection (AI) were compared on DSS-induced colitic mice model. The "
            "overall therapeutic factors, [[MSCs|c:msc]] migration and targeting as well as local immunomodulatory "
            "cytokines and FoxP3+ cells infiltration were analyzed. Colitis showed varying degrees of alleviation "
            "after three ways of [[MSCs|c:msc]] transplantation, and the [[IP injection|r:ip]] showed the highest "
            "survival rate of 87.5% and displayed the less weight loss and quick weight gain. The fecal occult blood "
            "test on the day 3 also showed nearly complete absence of occult blood in [[IP|r:ip#IP group]] group. The "
            "fluorescence imaging disclosed higher intensity of engrafted cells in inflamed colon and the "
            "corresponding mesentery lymph nodes (MLNs) in [[IP|r:ip]] and AI groups than the [[IV|r:iv]] group. Real "
            "time-PCR and ELISA also demonstrate lower TNF-α and higher IL-10, TSG-6 levels in "
            "[[IP|r:ip#IP group]] group. The immunohistochemistry indicated higher repair proliferation (Ki-67) and "
            "more FoxP3+ cells accumulation of [[IP|r:ip#IP group]] group. [[IP|r:ip]] showed better colitis recovery "
            "and might be the optimum [[MSCs|c:msc]] delivery route for the treatment of DSS-induced colitis."),
        notes=("Mouse study comparing three delivery routes of MSCs in dextran-sulfate colitis (species mouse): title "
               "and abstract from a stored copy of the article PDF (scribd.com), which prints them with the journal "
               "line, 'OPEN' and the authors; Scientific Reports publishes every article under CC BY 4.0. Cells: "
               "'mesenchymal stem cells', 'MSCs' -> msc, per mention ('Stem cell transplantation' and 'engrafted "
               "cells' are generic). Routes: 'Intraperitoneal injection (IP)', 'intraperitoneal (IP)' -> "
               "intraperitoneal and 'Intravenous injection (IV)', 'intravenous (IV)' -> intravenous (each with its "
               "bracketed restatement one fact); every later 'IP' or 'IV' naming the route of a group or of the "
               "treatment is a route mention ('the IP injection', 'in IP group', 'IP and AI groups', 'the IV group', "
               "'IP showed better'); anal injection (AI) has no contract id. Arms: 'in IP group' / 'of IP group' "
               "(the group named with its head word, subject of the finding) -> arm 'IP group'; 'in IP and AI groups "
               "than the IV group' compares groups (no arm); 'the IP injection showed the highest survival rate' and "
               "the closing 'IP showed better colitis recovery' name the route, not the group (no arm; doubtful). "
               "Not follow-up: 'The fecal occult blood test on the day 3' (day 3 of no stated start: doubtful). Traps: "
               "'three different ... routes', 'three ways' (no sessions), 'survival rate of 87.5%' (percentage), "
               "TNF-α/IL-10/TSG-6/Ki-67/FoxP3 (not contract hormones), 'DSS-induced' (model, no dose)."),
        layout={"columns": 2, "font": "serif", "journal": "Scientific Reports | 6:30696 | DOI: 10.1038/srep30696"},
    ),
    RealText(
        id="en_animal_mmr2014_hbmsc_stereotaxic_stroke_rats", lang="en", kind="animal", batch=9,
        title="Effect of [[bone marrow stromal cell|c:bm]] transplantation on neurologic function and expression of "
              "VEGF in rats with focal cerebral ischemia",
        authors="Nan Li, Ping Wang, Xue-Ling Ma, Juan Wang, Li-Jing Zhao, Li Du, Li-Ya Wang, Xin-Rui Wang, Kang-Ding Liu",
        journal="Molecular Medicine Reports 10(5):2299-2305", year=2014, doi="10.3892/mmr.2014.2502",
        url="http://www.spandidos-publications.com/mmr/10/5/2299",
        licence="CC BY-NC 3.0 (printed on the stored page: 'distributed under the terms of Creative Commons "
                "Attribution License [CC BY_NC 3.0]')",
        species="rat",
        abstract=(
            "There is evidence that the transplantation of [[mesenchymal stem cells|c:msc]] into rat models of "
            "cerebral ischemia reduces ischemic damage; however, the mechanism remains to be elucidated. The present "
            "study aimed to assess the effect of transplantation of [[human bone marrow stromal cells|c:bm]] "
            "([[hBMSCs|c:bm]]) on neurologic function and the expression of vascular endothelial growth factor (VEGF) "
            "in a rat model of focal cerebral ischemia. The left middle cerebral artery of adult Wistar rats was "
            "occluded for 90 min using a nylon thread, followed by reperfusion for 1 h. [[hBMSCs|c:bm]] labeled with "
            "5-bromo-2-deoxyuridine (BrdU) were stereotaxically injected into the ischemic boundary zone. Behavioral "
            "analysis using the Neurological Severity Score (NSS) was conducted on days 1, 3, 7 and 28, and a "
            "histologic evaluation was performed simultaneously. VEGF was detected by immunofluorescence staining and "
            "western blot analysis. Fifty rats were divided equally into five groups: Normal control, sham-operated, "
            "operated (no transplantation), Dulbecco's medium Eagle's medium (DMEM)-injected (received only "
            "serum-free DMEM), and [[hBMSC|c:bm]]-transplanted."),
        notes=("Rat study of focal cerebral ischaemia (species rat): the abstract from the publisher's stored page, which "
               "prints the licence line, cut at a sentence end before the copy breaks off; the page's non-breaking "
               "hyphen in 'sham-operated' (U+2011) is written as a plain hyphen, which the layout font can print. "
               "Cells: 'mesenchymal stem cells' (cited evidence in rat "
               "models: msc, rat); 'human bone marrow stromal cells (hBMSCs)', 'bone marrow stromal cell' (title), "
               "'hBMSC-transplanted' -> bone_marrow_msc (marrow stromal cells are the marrow MSCs), per mention; the "
               "last is in a list of groups (no arm). No route: 'stereotaxically injected into the ischemic boundary "
               "zone' (intracerebral) has no contract id. No follow-up: 'on days 1, 3, 7 and 28' gives no starting "
               "point (after the ischaemia or the transplant is not said; doubtful, a time from the model is no "
               "follow-up). Traps: 'occluded for 90 min', 'reperfusion for 1 h' (model durations), 'Fifty rats', "
               "'five groups' (animals), 'DMEM-injected (received only serum-free DMEM)' (vehicle, no dose), "
               "'5-bromo-2-deoxyuridine (BrdU)' (a label, not a dose), VEGF (not a hormone of the contract)."),
        layout={"columns": 1, "font": "sans", "journal": "MOLECULAR MEDICINE REPORTS 10: 2299-2305, 2014"},
    ),
    RealText(
        id="en_animal_bmri2019_ucmsc_ngf_trka_pof_rats", lang="en", kind="animal", batch=9,
        title="(title not in the stored copy; BioMed Research International 2019, article 6539294, abstract)",
        authors="(not shown in the stored copy)",
        journal="BioMed Research International 2019:6539294", year=2019, doi="10.1155/2019/6539294",
        url="https://www.hindawi.com/journals/bmri/2019/6539294/", licence="CC BY 4.0 (Hindawi, all articles)",
        species="rat",
        abstract=(
            "Chemotherapy leads to a loss of fertility and reproductive endocrine function, thereby increasing the "
            "risk of premature ovarian failure (POF). Studies have suggested that the transplantation of "
            "[[mesenchymal stem cells|c:msc@human]] could inhibit apoptosis in ovarian granulosa cells and improve "
            "follicular development. In the present study, the effects of "
            "[[human umbilical cord mesenchymal stem cell|c:uc]] ([[UCMSC|c:uc]]) transplantation on ovarian "
            "function after ovarian damage caused by chemotherapy and the mechanism underlying these effects were "
            "investigated. POF model rats were obtained by the [[intraperitoneal injection|r:ip]] of "
            "cyclophosphamide, and cultured [[UCMSCs|c:uc]] were transplanted by [[tail vein injection|r:iv]]. Serum "
            "estrogen, follicle-stimulating hormone, gonadotropin releasing hormone, and anti-Mullerian hormone levels "
            "were detected by ELISA. Folliculogenesis was evaluated by histopathological examination. The expression "
            "levels of nerve growth factor (NGF), high affinity nerve growth factor receptor (TrkA), "
            "follicle-stimulating hormone receptor (FSHR), and caspase-3 were evaluated by western blotting and "
            "RT-qPCR. The natural reproductive capacity was assessed by pregnant rate and numbers of embryos. The "
            "results indicated that [[UCMSC|c:uc]] transplantation recovered disturbed hormone secretion and "
            "folliculogenesis in POF rats. NGF and TrkA levels increased, while FSHR and caspase-3 decreased. The "
            "pregnancy rate of POF rats was improved. Therefore, [[UCMSCs|c:uc]] could reduce ovarian failure due to "
            "premature senescence caused by chemotherapy, and the NGF/TrkA signaling pathway was involved in the "
            "amelioration of POF."),
        notes=("Rat study of cyclophosphamide ovarian failure (species rat): the whole abstract from the journal's "
               "stored page (the same text in the stored PubMed Central copy PMC6556346 and a PubMed record giving "
               "'Biomed Res Int. 2019 May 23;2019:6539294'); the title and authors are not shown. Not the corpus's "
               "BioMed Research International article 2517514 (a different abstract of a similar study). Cells: "
               "'mesenchymal stem cells' in 'Studies have suggested ...' (cited, no species named) -> msc, no "
               "species; 'human umbilical cord mesenchymal stem cell (UCMSC)', 'UCMSCs' -> umbilical_cord_msc, per "
               "mention. Routes: 'intraperitoneal injection of cyclophosphamide' (model drug) -> intraperitoneal; "
               "'tail vein injection' -> intravenous. No hormone change: the hormones are listed as measured, and "
               "'recovered disturbed hormone secretion' gives no hormone and no direction; 'FSHR ... decreased' is "
               "the receptor, not FSH; 'gonadotropin releasing hormone' is no contract hormone. Traps: no dose, no "
               "count of injections, no time of assessment is stated; 'NGF and TrkA levels increased', caspase-3, "
               "'pregnant rate and numbers of embryos' (outcomes)."),
        layout={"columns": 2, "font": "serif", "journal": "BioMed Research International, Volume 2019, Article 6539294"},
    ),
    RealText(
        id="en_animal_pharmaceutics2024_lps_primed_msc_evs_ali_rats", lang="en", kind="animal", batch=9,
        title="Priming [[Mesenchymal Stem Cells|c:msc]] with Lipopolysaccharide Boosts the Immunomodulatory and "
              "Regenerative Activity of Secreted [[Extracellular Vesicles|c:ev]]",
        authors="Aina Areny-Balagueró, Marta Camprubí-Rimblas, Elena Campaña-Duel, Anna Solé-Porta, Adrián Ceccato, "
                "Anna Roig, John G Laffey, Daniel Closa, Antonio Artigas",
        journal="Pharmaceutics 16(10):1316", year=2024, doi="10.3390/pharmaceutics16101316",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC11510928/", licence="CC BY 4.0 (MDPI, all articles)",
        species="rat",
        abstract=(
            "**Background:** [[Mesenchymal stem cells|c:msc@human]] ([[MSCs|c:msc@human]])-derived "
            "[[extracellular vesicles|c:ev@human]] ([[EVs|c:ev@human]]) have been proposed as an alternative to "
            "live-cell administration for Acute Respiratory Distress Syndrome (ARDS). [[MSC|c:msc@human]]-"
            "[[EVs|c:ev@human]] can be chiefly influenced by the environment to which the [[MSCs|c:msc@human]] are "
            "exposed. Here, lipopolysaccharide (LPS) priming of [[MSCs|c:msc]] was used as a strategy to boost the "
            "natural therapeutic potential of the [[EVs|c:ev]] in acute lung injury (ALI). **Methods:** The "
            "regenerative and immunemodulatory effect of LPS-primed [[MSC|c:msc]]-[[EVs|c:ev]] "
            "([[LPS-EVs|c:ev]]) and non-primed [[MSC|c:msc]]-[[EVs|c:ev]] ([[C-EVs|c:ev]]) were evaluated in vitro "
            "on alveolar epithelial cells and macrophage-like THP-1 cells. In vivo, ALI was induced in adult male "
            "rats by the intrapulmonary instillation of HCl and LPS. Rats (n = 8 to 22/group) were randomized to "
            "receive [[a single bolus|s:1]] (1 × 10^{8} particles) of [[LPS-EVs|c:ev]], [[C-EVs|c:ev]], or saline. "
            "Lung injury severity was assessed at 72 h in lung tissue and bronchoalveolar lavage. **Results:** In "
            "vitro, [[LPS-EVs|c:ev]] improved wound regeneration and attenuated the inflammatory response triggered "
            "by the P. aeruginosa infection, enhancing the M2 macrophage phenotype. In in vivo studies, "
            "[[LPS-EVs|c:ev]], but not [[C-EVs|c:ev]], significantly decreased the neutrophilic infiltration and "
            "myeloperoxidase (MPO) activity in lung tissue. Alveolar macrophages from [[LPS-EVs|c:ev]]-treated "
            "animals exhibited a reduced expression of CXCL-1, a key neutrophil chemoattractant."),
        notes=("Rat study of acute lung injury (species rat): the abstract from the stored PubMed Central copy, cut at "
               "a sentence end before the copy breaks off; the copy prints the particle count as '1 × 108' "
               "(superscript flattened), written 1 × 10^{8}. MDPI publishes every article under CC BY 4.0. Cells: "
               "the first two sentences are general (EVs proposed for ARDS: no species); 'Mesenchymal stem cells "
               "(MSCs)-derived extracellular vesicles (EVs)' gives msc and extracellular_vesicle mentions, each name "
               "and its bracketed abbreviation; 'MSC-EVs' is two mentions (msc, extracellular_vesicle) as "
               "'MSC-derived exosomes'; 'LPS-EVs' and 'C-EVs' (the vesicles given) -> extracellular_vesicle, per "
               "mention, also 'LPS-EVs-treated animals' and 'but not C-EVs' (the vesicles were given; the effect, not "
               "the treatment, is denied: not negated). Sessions: 'a single bolus' -> 1 (no arm: given to every "
               "group; the groups are described by what they received, without names). No dose: '1 × 10^8 "
               "particles' has no contract unit. No follow-up: 'assessed at 72 h' is in hours, which the contract "
               "has no unit for (doubtful: 3 days). No route: the vesicles' route is not stated; 'intrapulmonary "
               "instillation of HCl and LPS' (model, no id). Traps: 'Rats (n = 8 to 22/group)' (animals, not a sample "
               "size, no range of anything given), 'LPS priming' (LPS used on cells, not a dose), 'P. aeruginosa', "
               "MPO/CXCL-1 (not hormones), 'saline' (vehicle)."),
        layout={"columns": 1, "font": "serif", "journal": "Pharmaceutics 2024, 16(10), 1316"},
    ),
    # English texts, tenth batch
    RealText(
        id="en_clinical_plosone2018_admsc_infusion_spms_doses", lang="en", kind="clinical", batch=10,
        title="[[Adipose-derived mesenchymal stem cells|c:ad]] ([[AdMSC|c:ad]]) for the treatment of "
              "secondary-progressive multiple sclerosis: A triple blinded, placebo controlled, randomized phase I/II "
              "safety and feasibility study",
        authors="Oscar Fernández, Guillermo Izquierdo, Victoria Fernández, Laura Leyva, Virginia Reyes, Miguel "
                "Guerrero, Antonio León, Carlos Arnaiz, Guillermo Navarro, Maria Dolores Páramo, Antonio De la Cuesta, "
                "Bernat Soria, Abdelkrim Hmadcha, David Pozo, Rafael Fernandez-Montesinos, Maria Leal, Itziar "
                "Ochotorena, Patricia Gálvez, Maria Angeles Geniz, Francisco Javier Barón, Rosario Mata, Cristina "
                "Medina, Carlos Caparrós-Escudero, Ana Cardesa, Natividad Cuende",
        journal="PLoS ONE 13(5):e0195891", year=2018, doi="10.1371/journal.pone.0195891",
        url="http://journals.plos.org/plosone/article?id=10.1371/journal.pone.0195891",
        licence="CC BY 4.0 (PLOS, all articles)",
        abstract=(
            "**Background** Currently available treatments for secondary progressive multiple sclerosis(SPMS) have "
            "limited efficacy and/or safety concerns. [[Adipose-mesenchymal derived stem cells|c:ad]]([[AdMSCs|c:ad]]) "
            "represent a promising option and can be readily obtained using minimally invasive procedures."),
        body=[
            "**Patients and methods** In this triple-blind, placebo-controlled study, cell samples were obtained from "
            "consenting patients by lipectomy and subsequently expanded. Patients were randomized to a "
            "[[single infusion|s:1]] of placebo, low-dose([[1x10^{6}cells/kg|d:1e6,cells/kg,-#low-dose]]) or "
            "high-dose([[4x10^{6}cells/kg|d:4e6,cells/kg,-#high-dose]]) autologous [[AdMSC|c:ad]] product and "
            "[[followed for 12 months|f:12,month]]. Safety was monitored recording adverse events, laboratory "
            "parameters, vital signs and spirometry. Expanded disability status score (EDSS), "
            "magnetic-resonance-imaging, and other measures of possible treatment effects were also recorded.",
            "**Results** [[Thirty-four patients|n:34]] underwent lipectomy for [[AdMSCs|c:ad]] collection, were "
            "randomized and thirty were infused ([[11|n:11#placebo]] placebo, [[10|n:10#low-dose]] low-dose and "
            "[[9|n:9#high-dose]] high-dose); 4 randomized patients were not infused because of karyotype "
            "abnormalities in the cell product. Only one serious adverse event was observed in the treatment arms "
            "(urinary infection, considered not related to study treatment). No other safety parameters showed "
            "changes. Measures of treatment effect showed an inconclusive trend of efficacy.",
            "**Conclusion** Infusion of autologous [[AdMSCs|c:ad]] is safe and feasible in patients with SPMS.",
        ],
        notes=("Randomised placebo-controlled phase I/II trial of autologous adipose MSCs in secondary progressive "
               "multiple sclerosis (clinical, no species): the abstract as the stored copies give it (a stored copy "
               "of the PLOS page's abstract on forums.activemsers.org, the same text on doaj.org and in the "
               "University of Malaga repository record), cut at the sentence end before the last sentence of the "
               "Conclusion, which breaks off in the copies. The copies print 'low-dose(1x106cells/kg)' (superscript "
               "flattened, no spaces), written 1x10^{6}cells/kg; 'sclerosis(SPMS)' and 'cells(AdMSCs)' without a "
               "space, kept. PLOS publishes every article under CC BY 4.0. Cells: 'Adipose-derived mesenchymal stem "
               "cells', 'AdMSC', 'Adipose-mesenchymal derived stem cells', 'AdMSCs' -> adipose_msc, per mention, "
               "also 'for AdMSCs collection' (the cells named) and 'autologous AdMSC product'. Sessions: 'a single "
               "infusion' -> 1 (every arm, placebo included: no arm). Doses: 'low-dose(1x10^6cells/kg)' and "
               "'high-dose(4x10^6cells/kg)' -> 1e6 and 4e6 cells/kg, per null, arms 'low-dose' and 'high-dose' "
               "(named values of a list, one to one). No route: 'infusion' alone names none (intravenous is not "
               "written). Follow-up: 'followed for 12 months' -> 12 months (whole study). Sample size: 'Thirty-four "
               "patients' (randomised, whole study); '11 placebo, 10 low-dose and 9 high-dose' -> arm sizes 11, 10 and "
               "9 (arms 'placebo', 'low-dose', 'high-dose'; the sizes as infused, the only arm counts given, "
               "doubtful). Traps: 'thirty were infused' (a subset of the 34 randomised: no sample size), '4 "
               "randomized patients were not infused' (a subset), 'Only one serious adverse event' (an outcome "
               "count), 'phase I/II', EDSS (no hormone), 'the treatment arms' (no count)."),
        layout={"columns": 2, "font": "serif", "journal": "PLOS ONE | https://doi.org/10.1371/journal.pone.0195891 May 16, 2018"},
    ),
    RealText(
        id="en_clinical_scrt2022_bmmsc_iv_t1d_two_doses_rct", lang="en", kind="clinical", batch=10,
        title="[[Mesenchymal stem cell|c:msc]] transplantation in newly diagnosed type-1 diabetes patients: a phase "
              "I/II randomized placebo-controlled clinical trial",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Stem Cell Research & Therapy 13", year=2022, doi="10.1186/s13287-022-02941-w",
        url="https://stemcellres.biomedcentral.com/articles/10.1186/s13287-022-02941-w",
        licence="CC BY 4.0 (BMC, all articles)",
        abstract=(
            "**Background** Type-1 diabetes (T1D) occurs following autoimmune-induced pancreatic beta cells death. "
            "Among several treatment modalities, [[mesenchymal stem cells|c:msc]] ([[MSCs|c:msc]]) transplantation is "
            "promising for autoimmune disorders due to immunomodulation, regeneration, and migration to damaged "
            "tissue upon systemic injection. This study assessed the safety and efficacy of "
            "[[intravenous injection|r:iv]] of autologous [[bone marrow-derived MSCs|c:bm]] in newly diagnosed T1D "
            "patients."),
        body=[
            "**Methods** After receiving informed consent, [[21 patients|n:21]] who met the study criteria were "
            "enrolled and randomly assigned to receive either [[MSCs|c:msc]] or placebo. Each patient in the "
            "experimental group received [[two doses|s:2#experimental group]] of [[MSCs|c:msc#experimental group]] "
            "and was [[followed for at least one-year|f:1,year#experimental group]] post-transplantation.",
            "**Results** The results have shown that this transplantation is safe and significantly reduces the "
            "number of hypoglycemic episodes. [[MSCs|c:msc]] transplantation improved glycated hemoglobin (HbA1c), "
            "shifted serum cytokine patterns from pro-inflammatory to anti-inflammatory, increased the number of "
            "regulatory T-cells in the peripheral blood, and improved quality of life. Early transplantation of "
            "[[MSCs|c:msc]] significantly improved HbA1c and C-peptide levels and shifted pro-inflammatory cytokines "
            "to anti-inflammatory cytokines. Also, exercise combined with [[MSCs|c:msc]] transplantation improved "
            "glycemic and immunologic indices.",
            "**Conclusions** Taken together, autologous [[MSC|c:msc]] transplantation is safe and effective, and its "
            "early transplantation is a promising treatment in newly diagnosed T1D children suffering from "
            "hypoglycemic episodes.",
        ],
        notes=("Randomised placebo-controlled phase I/II trial of autologous bone marrow MSCs in new-onset type 1 "
               "diabetes (clinical, no species): the abstract from the journal's stored article page, cut before "
               "the trial registration line, which breaks off in the copy. Cells: 'Mesenchymal stem cell' (title), "
               "'mesenchymal stem cells', 'MSCs', 'MSC' -> msc; 'bone marrow-derived MSCs' -> bone_marrow_msc (the "
               "later 'MSCs' stay msc: MSC alone). Route: 'intravenous injection' -> intravenous; 'upon systemic "
               "injection' (general, 'systemic' names no route). Sample size: '21 patients' (whole study). The "
               "groups: 'randomly assigned to receive either MSCs or placebo' describes them by what they receive (no "
               "arm); 'the experimental group' is then named: its 'two doses' -> sessions 2, the 'MSCs' it received "
               "and 'followed for at least one-year post-transplantation' -> follow-up 1 year ('at least' is a bound "
               "on the length, the value kept), all arm 'experimental group'. Traps: 'beta cells death', "
               "'regulatory T-cells' (not therapy cells), HbA1c and C-peptide (no contract hormones), 'Early "
               "transplantation' (timing), 'T1D children' (no count), 'number of hypoglycemic episodes' (an "
               "outcome)."),
        layout={"columns": 1, "font": "sans", "journal": "Stem Cell Research & Therapy (2022) 13"},
    ),
    RealText(
        id="en_clinical_scrt2022_ucmsc_iv_covid_critical_long_term", lang="en", kind="clinical", batch=10,
        title="Safety and long-term improvement of [[mesenchymal stromal cell|c:msc]] infusion in critically COVID-19 "
              "patients: a randomized clinical trial",
        authors="Carmen Lúcia Kuniyoshi Rebelatto, Alexandra Cristina Senegaglia, Claudio Luciano Franck, Debora "
                "Regina Daga, Patrícia Shigunov, Marco Augusto Stimamiglio, Daniela Boscaro Marsaro, Bruna Schaidt, "
                "Andressa Micosky, Ana Paula de Azambuja, Cleverson Alex Leitão, Ricardo Rasmussen Petterle, "
                "Valderez Ravaglio Jamur, Isadora May Vaz, Antônio Paulo Mallmann, Hipólito Carraro Junior, Eduardo "
                "Ditzel, Paulo Roberto Slud Brofman, Alejandro Correa",
        journal="Stem Cell Research & Therapy 13", year=2022, doi="10.1186/s13287-022-02796-1",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC8935270", licence="CC BY 4.0 (BMC, all articles)",
        abstract=(
            "**Background** COVID-19 is a multisystem disease that presents acute and persistent symptoms, the "
            "postacute sequelae (PASC). Long-term symptoms may be due to consequences from organ or tissue injury "
            "caused by SARS-CoV-2, associated clotting or inflammatory processes during acute COVID-19. Various "
            "strategies are being chosen by clinicians to prevent severe cases of COVID-19; however, a single "
            "treatment would not be efficient in treating such a complex disease. [[Mesenchymal stromal cells|c:msc]] "
            "([[MSCs|c:msc]]) are known for their immunomodulatory properties and regeneration ability; therefore, "
            "they are a promising tool for treating disorders involving immune dysregulation and extensive tissue "
            "damage, as is the case with COVID-19. This study aimed to assess the safety and explore the long-term "
            "efficacy of [[three|s:3]] [[intravenous|r:iv]] doses of [[UC-MSCs|c:uc]] ([[umbilical cord MSCs|c:uc]]) "
            "as an adjunctive therapy in the recovery and postacute sequelae reduction caused by COVID-19. To our "
            "knowledge, this is one of the few reports that presents the longest follow-up after [[MSC|c:msc]] "
            "treatment in COVID-19 patients."),
        body=[
            "**Methods** This was a phase I/II, prospective, single-center, randomized, double-blind, "
            "placebo-controlled clinical trial. [[Seventeen patients|n:17]] diagnosed with COVID-19 who require "
            "intensive care surveillance and invasive mechanical ventilation—critically ill patients—were included. "
            "The patient infusion was [[three doses|s:3]] of [[5 × 10^{5} cells/kg|d:5e5,cells/kg,-]] "
            "[[UC-MSCs|c:uc]], with a dosing interval of 48 h ([[n = 11|n:11]]) or placebo ([[n = 6|n:6]]). The "
            "evaluations consisted of a clinical assessment, viral load, laboratory testing, including blood count, "
            "serologic, biochemical, cell subpopulation, cytokines and CT scan.",
            "**Results** The results revealed that in the [[UC-MSC|c:uc#UC-MSC group]] group, there was a reduction "
            "in the levels of ferritin, IL-6 and MCP1-CCL2 on the [[fourteen day|f:14,day#UC-MSC group]]. In the "
            "[[second month|f:2,month#UC-MSC group]], a decrease in the levels of reactive C-protein, D-dimer and "
            "neutrophils and an increase in the numbers of TCD3, TCD4 and NK lymphocytes were observed.",
        ],
        notes=("Randomised double-blind placebo-controlled phase I/II trial of umbilical cord MSCs in critically ill "
               "COVID-19 patients (clinical, no species): Background, Methods and the first two sentences of the "
               "Results from the stored PubMed Central copy, cut at a sentence end before the copy breaks off; the "
               "copy prints '5 × 105 cells/kg' (superscript flattened), written 5 × 10^{5} cells/kg. Cells: "
               "'mesenchymal stromal cell' (title), 'Mesenchymal stromal cells', 'MSCs', 'MSC' -> msc; 'UC-MSCs', "
               "'umbilical cord MSCs' (the bracketed restatement is a second name: two mentions), 'UC-MSC' in 'the "
               "UC-MSC group' -> umbilical_cord_msc. Sessions: 'three intravenous doses' (Background) -> 3 on "
               "'three', the route on 'intravenous' (marks never overlap); 'three doses' (Methods) -> 3. Route: "
               "'intravenous' -> intravenous. Dose: '5 × 10^5 cells/kg' -> 5e5 cells/kg, per null. Sample size: "
               "'Seventeen patients' (whole study); '(n = 11)' and '(n = 6)' -> 11 and 6 without arm (groups "
               "described only by what they received, 'or placebo', not named). Follow-up: 'on the fourteen day' -> "
               "14 days and 'In the second month' -> 2 months (times after treatment at which results were measured; "
               "the second an ordinal month, doubtful), both arm 'UC-MSC group' (the group named in the sentence and "
               "carried to the next one). Traps: 'a single treatment would not be efficient' (general, no sessions), "
               "'the longest follow-up' (no value), 'with a dosing interval of 48 h' (an interval), 'phase I/II', "
               "ferritin/IL-6/D-dimer/lymphocytes (no contract hormones)."),
        layout={"columns": 2, "font": "sans", "journal": "Stem Cell Research & Therapy (2022) 13"},
    ),
    RealText(
        id="en_clinical_scrt2022_hucmsc_covid_one_year_follow_up", lang="en", kind="clinical", batch=10,
        title="[[One-year follow-up|f:1,year]] study after patients with severe COVID-19 received "
              "[[human umbilical cord mesenchymal stem cells|c:uc]] treatment",
        authors="Lei Shi, You Zheng, Zhi Cheng, Ningfei Ji, Changming Niu, Yan Wang, Tingrong Huang, Ruyou Li, Mao "
                "Huang, Xiaolin Chen, Lei Shu, Mingjing Wu, Kaili Deng, Jing Wei, Xueli Wang, Yang Cao, Jiaxin Yan, "
                "Ganzhu Feng",
        journal="Stem Cell Research & Therapy 13:321", year=2022, doi="10.1186/s13287-022-02972-3",
        url="https://stemcellres.biomedcentral.com/articles/10.1186/s13287-022-02972-3",
        licence="CC BY 4.0 (BMC, all articles; 'Open Access' on the stored page)",
        abstract=(
            "**Background** The novel coronavirus is still mutating, and the pandemic continues. Meanwhile, many "
            "COVID-19 survivors have residual postinfection clinical manifestations. "
            "[[Human umbilical cord mesenchymal stem cells|c:uc]] ([[hUC-MSCs|c:uc]]) have been shown to be effective "
            "in the early stages of COVID-19."),
        body=[
            "**Objectives** The aim of this study was to investigate long-term safety and efficacy of treatment in "
            "patients with severe COVID-19 patients who had received [[hUC-MSCs|c:uc]] therapy.",
            "**Methods** [[Twenty-five discharged patients|n:25]] who had severe COVID-19 (including the standard "
            "treatment group and the standard treatment plus "
            "[[hUC-MSCs|c:uc#standard treatment plus hUC-MSCs group]] group) were enrolled in a "
            "[[1-year follow-up|f:1,year]]. The assessment considered adverse effects (including effects on liver "
            "and kidney function, coagulation, ECG, tumor marker, and so on), pulmonary function, St George’s "
            "Respiratory Questionnaire (SGRQ), postinfection sequelae and serum concentration of Krebs von den "
            "Lungen-6 (KL-6), malondialdehyde (MDA), H2S, carnitine, and N-6 long-chain polyunsaturated fatty acids "
            "(N-6 LC-PUFAs).",
            "**Measurements and main results** Pulmonary ventilation function had significantly improved at the "
            "[[1-year follow-up|f:1,year]] in both the [[hUC-MSCs|c:uc#standard treatment plus hUC-MSCs group]] group "
            "and the control group compared with the [[3-month follow-up|f:3,month]] (P < 0.01). Fatigue (60% "
            "[15/25]) remained the most common symptom at the [[1-year follow-up|f:1,year]]. The rate of fatigue "
            "relief was significantly reduced in the [[hUC-MSCs|c:uc#standard treatment plus hUC-MSCs group]] group "
            "(25% [2/8]) compared to the control group (76.5% [13/17]) (P = 0.028). The level of KL-6 was "
            "significantly lower in the [[hUC-MSCs|c:uc#standard treatment plus hUC-MSCs group]] group (2585.5 ± "
            "186.5 U/ml) than in the control group (3120.7 ± 158.3 U/ml) (P < 0.001). Compared with the control "
            "group, the [[hUC-MSCs|c:uc#standard treatment plus hUC-MSCs group]] group had a lower level of MDA (9.27 "
            "± 0.54 vs. 9.91 ± 0.72 nmol/ml, P = 0.036).",
        ],
        notes=("One-year follow-up cohort of severe COVID-19 patients treated with or without umbilical cord MSCs "
               "(clinical, no species): the abstract from the journal's stored article page (the same text in the "
               "stored PubMed Central copy), cut at a sentence end before the copy breaks off. A follow-up and "
               "sample-size text without dose, route or sessions. Cells: 'human umbilical cord mesenchymal stem "
               "cells', 'hUC-MSCs' -> umbilical_cord_msc, per mention; in the name of the treated group ('the "
               "standard treatment plus hUC-MSCs group', later 'the hUC-MSCs group', one arm keeping its first "
               "label) the cell mention is that group's: arm 'standard treatment plus hUC-MSCs group' (doubtful "
               "label: the group's full name as first printed). Sample size: 'Twenty-five discharged patients' "
               "(whole study; the two groups' sizes are not stated as counts). Follow-up: 'One-year follow-up' "
               "(title), '1-year follow-up' (Methods and twice in the Results) -> 1 year; 'the 3-month follow-up' -> "
               "3 months (an earlier assessment after treatment); no arm ('in both the hUC-MSCs group and the "
               "control group', the whole study). Traps: '60% [15/25]', '25% [2/8]', '76.5% [13/17]' (outcome "
               "counts; 8 and 17 are the implied group sizes, not stated as counts: no sample size, doubtful), "
               "KL-6/MDA/H2S/carnitine values (no hormones, '2585.5 ± 186.5 U/ml' no dose), 'the early stages of "
               "COVID-19', 'long-term' (no value), P values, comparisons with the control group (facts of the "
               "hUC-MSCs group)."),
        layout={"columns": 2, "font": "serif", "journal": "Stem Cell Research & Therapy (2022) 13:321"},
    ),
    RealText(
        id="en_clinical_wjd2022_hucmsc_iv_weekly_t2dm", lang="en", kind="clinical", batch=10,
        title="Effectiveness and safety of [[human umbilical cord-mesenchymal stem cells|c:uc]] for treating type 2 "
              "diabetes mellitus",
        authors="Xiao-Fen Lian, Dong-Hui Lu, Hong-Li Liu, Yan-Jing Liu, Xiu-Qun Han, Yang Yang, Yuan Lin, "
                "Qing-Xiang Zeng, Zheng-Jie Huang, Feng Xie, Cai-Hao Huang, Hong-Mei Wu, Ai-Mei Long, Li-Ping Deng, "
                "Fan Zhang",
        journal="World Journal of Diabetes 13(10):877-887", year=2022, doi="10.4239/wjd.v13.i10.877",
        url="https://wjgnet.com/1948-9358/full/v13/i10/877.htm",
        licence="CC BY-NC 4.0 (Baishideng Publishing Group, all articles; the stored page prints 'Clinical Trials "
                "Study Open Access')",
        abstract=(
            "Progressive pancreatic β-cell dysfunction is a fundamental part of the pathology of type 2 diabetes "
            "mellitus (T2DM). Cellular therapies offer novel opportunities for the treatment of T2DM to improve the "
            "function of islet β-cells."),
        body=[
            "To evaluate the effectiveness and safety of [[human umbilical cord-mesenchymal stem cell|c:uc]] "
            "([[hUC-MSC|c:uc]]) infusion in T2DM treatment.",
            "[[Sixteen patients|n:16]] were enrolled and received [[1 × 10^{6} cells/kg|d:1e6,cells/kg,-]] per week "
            "for 3 wk as [[intravenous|r:iv]] [[hUC-MSC|c:uc]] infusion. The effectiveness was evaluated by assessing "
            "fasting blood glucose, C-peptide, normal glycosylated hemoglobin A1c (HbA1c), insulin resistance index "
            "(homeostatic model assessment for insulin resistance), and islet β-cell function (homeostasis model "
            "assessment of β-cell function). The dosage of hypoglycemic agents and safety were evaluated by "
            "monitoring the occurrence of any adverse events (AEs).",
            "During the entire intervention period, the fasting plasma glucose level was significantly reduced "
            "[baseline: 9.3400 (8.3575, 11.7725), [[day 14|f:14,day]] ± 3: 6.5200 (5.2200, 8.6900); P < 0.01]. The "
            "HbA1c level was significantly reduced on [[day 84|f:84,day]] ± 3 [baseline: 7.8000 (7.5250, 8.6750), "
            "[[day 84|f:84,day]] ± 3: 7.150 (6.600, 7.925); P < 0.01]. The patients’ islet β-cell function was "
            "significantly improved on [[day 28|f:28,day]] ± 3 of intervention [baseline: 29.90 (16.43, 37.40), "
            "[[day 28|f:28,day]] ± 3: 40.97 (19.27, 56.36); P < 0.01]. The dosage of hypoglycemic agents was reduced "
            "in all patients, of whom 6 (50%) had a decrement of more than 50% and 1 (6.25%) discontinued the "
            "hypoglycemic agents. Four patients had transient fever, which occurred within 24 h after the second or "
            "[[third infusion|s:3]].",
        ],
        notes=("Single-arm clinical study of weekly intravenous umbilical cord MSCs in type 2 diabetes (clinical, no "
               "species): the abstract paragraphs from the journal's stored article page, which shows them without "
               "their headings (BACKGROUND, AIM, METHODS, RESULTS), none written, cut at a sentence end before the "
               "copy breaks off; the page prints '1 × 106 cells/kg' (superscript flattened), written 1 × 10^{6} "
               "cells/kg. Licence: Baishideng publishes every article under CC BY-NC 4.0. Cells: 'human umbilical "
               "cord-mesenchymal stem cells' (title), '... stem cell', 'hUC-MSC' -> umbilical_cord_msc. Dose: '1 × "
               "10^6 cells/kg' -> 1e6 cells/kg, per null ('per week' is a frequency, no per value). Route: "
               "'intravenous hUC-MSC infusion' -> intravenous. Sessions: 'per week for 3 wk' is a frequency with a "
               "duration (the count inferred, not stated: no fact); with no count stated, the ordinal 'third "
               "infusion' -> 3 (the guide's ordinal rule; 'the second' is an earlier infusion of the same series, "
               "no fact, doubtful). Sample size: 'Sixteen patients'. Follow-up: the assessment days 'day 14 ± 3', "
               "'day 84 ± 3' (twice) and 'day 28 ± 3' (twice) -> 14, 84 and 28 days, per mention (times during and "
               "after the infusions at which outcomes were measured, counted from the start of the intervention; the "
               "'± 3' is a window, left out of the spans). Traps: glucose/HbA1c/C-peptide values (no contract "
               "hormones, no doses), '6 (50%)', '1 (6.25%)', 'Four patients' (outcome counts), 'more than 50%', "
               "'within 24 h' (a window in hours), 'baseline', 'During the entire intervention period' (no value)."),
        layout={"columns": 2, "font": "sans", "journal": "World J Diabetes 2022 October 15; 13(10): 877-887"},
    ),
    RealText(
        id="en_clinical_agingdis2021_ahucmsc_iv_covid_ards_compassionate", lang="en", kind="clinical", batch=10,
        title="[[Mesenchymal Stem Cells|c:msc]] for the Compassionate Treatment of Severe Acute Respiratory Distress "
              "Syndrome Due to COVID 19",
        authors="Martin Iglesias, Patricia Butrón, Iván Torre-Villalvazo, Erik A Torre-Anaya, Juan Sierra-Madero, "
                "José J Rodriguez-Andoney, Armando R Tovar-Palacio, Alejandro Zentella-Dehesa, Guillermo "
                "Domínguez-Cherit, Tatiana S Rodriguez-Reyna, Julio Granados-Arriola, Verónica Espisosa-Cruz, "
                "Fernando P Téllez-Pallares, Alexia Lozada-Estrada, Carol A Zepeda Carrillo, Aldo J Vázquez-Mézquita, "
                "Hector F Nario-Chaidez",
        journal="Aging and Disease 12(2):360-370", year=2021, doi="10.14336/AD.2020.1218",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC7990366",
        licence="CC BY (Aging and Disease, all articles: 'distributed under the terms of the Creative Commons "
                "Attribution License', printed on the journal's stored article pages)",
        abstract=(
            "[[Mesenchymal stem cells|c:msc]] ([[MSC|c:msc]]) have received particular attention due to their ability "
            "to inhibit inflammation caused by cytokine storm induced by COVID-19. In this way some patients have "
            "been treated successfully. The aim of this study was to evaluate the safety and describe the clinical "
            "changes after [[IV administration|r:iv]] of [[allogeneic human umbilical cord MSC|c:uc]] "
            "([[ahUCMSC|c:uc]]), in patients with bilateral pneumonia caused by COVID-19, complicated with severe "
            "ARDS, as compassionate treatment. This was a pilot, open-label, prospective, longitudinal study. "
            "[[Five patients|n:5]] that did not improve in their clinical conditions after 48 hours of receiving the "
            "standard medical management used by the Medical Center and with persistent PaO2/FiO2 less than 100 "
            "mmHg were enrolled. [[ahUCMSC|c:uc]] were [[infused IV|r:iv]], at dose of "
            "[[1x10^{6} per Kg|d:1e6,cells/kg,-]] of body weight over 15 minutes. Patients were monitored after the "
            "infusion to detect adverse event. Pa02/FiO2, vital signs, D-dimer, C reactive protein and total "
            "lymphocytes were [[monitored for 21 days|f:21,day]] after the infusion or until the patient was "
            "discharged from the hospital. Descriptive statistics were used with means or medians and standard "
            "deviation or interquartile range according to the type of variable."),
        notes=("Pilot open-label study of one intravenous infusion of allogeneic umbilical cord MSCs in five COVID-19 "
               "patients with severe ARDS (clinical, no species): the abstract from the stored PubMed Central copy, "
               "cut at a sentence end before the copy breaks off; the copy prints '1x106 per Kg' (superscript "
               "flattened), written 1x10^{6}; 'Pa02/FiO2' (a zero for O) kept. Licence: Aging and Disease publishes "
               "every article under the Creative Commons Attribution License (statement printed on its stored "
               "article pages). Cells: 'Mesenchymal Stem Cells' (title), 'Mesenchymal stem cells', 'MSC' -> msc; "
               "'allogeneic human umbilical cord MSC', 'ahUCMSC' -> umbilical_cord_msc. Routes: 'IV administration', "
               "'infused IV' -> intravenous. Dose: '1x10^6 per Kg of body weight' -> 1e6 cells/kg, per null (the "
               "cells named before, the unit per kg). Sample size: 'Five patients'. Follow-up: 'monitored for 21 "
               "days after the infusion' -> 21 days. No sessions: 'the infusion' gives no count. Traps: 'some "
               "patients' (no count), 'after 48 hours of receiving the standard medical management' (hours, before "
               "the cells), 'PaO2/FiO2 less than 100 mmHg' (a threshold), 'over 15 minutes' (infusion time), "
               "'until the patient was discharged', D-dimer/C reactive protein (no hormones)."),
        layout={"columns": 2, "font": "serif", "journal": "Aging and Disease • Volume 12, Number 2, April 2021"},
    ),
    RealText(
        id="en_clinical_jcm2024_admsc_iv_safety_2504_patients", lang="en", kind="clinical", batch=10,
        title="Systematic [[Intravenous Administration|r:iv]] of Autologous [[Mesenchymal Stem Cells|c:msc]] Is Safe",
        authors="T. Matsuoka, N. Kobayashi, T. Itohara, Y. Hara (as in the stored record of the article's preprint; "
                "the stored copy of the journal page does not show the author list)",
        journal="Journal of Clinical Medicine 13(23):7460", year=2024, doi="10.3390/jcm13237460",
        url="https://sciety.org/articles/activity/10.3390/jcm13237460",
        licence="CC BY 4.0 (MDPI, all articles)",
        abstract=(
            "**Background:** [[Mesenchymal stem cells|c:msc]] ([[MSCs|c:msc]]) have drawn significant attention for "
            "their regenerative potential and therapeutic applicability across a range of conditions, including "
            "cardiovascular diseases and age-related frailty. Despite extensive preclinical studies, there remain "
            "gaps in understanding the long-term safety and efficacy of [[MSC|c:msc]] therapy in humans. This study "
            "aimed to assess the safety of [[intravenous|r:iv]] [[MSC|c:msc]] administration, evaluate the mean major "
            "adverse cardiac and cerebrovascular event (MACCE)-free period, and identify potential risk factors for "
            "MACCE development in patients receiving [[MSC|c:msc]] therapy for various indications. **Methods:** A "
            "retrospective observational study was conducted on [[2504 patients|n:2504]] (mean age: 54.09 ± 11.65 "
            "years) who received [[intravenous|r:iv]] [[adipose-derived MSC|c:ad]] ([[AD-MSC|c:ad]]) therapy between "
            "October 2014 and December 2023 at the Omotesando Helene Clinic, Tokyo, Japan. Patients received "
            "[[MSC|c:msc]] doses ranging from [[100 million to 2 billion cells|d:1e8,cells,-,1e8,2e9]], with the "
            "majority receiving [[1–2 billion cells per treatment|d:1e9,cells,injection,1e9,2e9]]. Statistical "
            "analyses included multivariate Cox proportional hazards regression and Kaplan–Meier survival analysis "
            "to evaluate MACCE risk factors and event-free duration. **Results:** Over the follow-up period, the "
            "MACCE rate was exceptionally low at 0.2%. Multivariate analysis identified age as a significant risk "
            "factor for MACCE (hazard ratio: 1.127; 95% CI: 1.0418–1.219; p = 0.0029), while sex and [[MSC|c:msc]] "
            "dose showed no significant association. Minor adverse events occurred in 0.8% of patients, with no "
            "severe adverse events reported. The study found [[MSC|c:msc]] therapy to be safe, with a low adverse "
            "event rate and minimal risk of MACCE."),
        notes=("Retrospective safety cohort of intravenous autologous adipose MSC therapy at one clinic (clinical, no "
               "species): Background, Methods and Results of the abstract from a stored record of the MDPI article "
               "(sciety.org; the same opening on a stored mirror of the MDPI page), cut at a sentence end before the "
               "Conclusions, which break off in the copy. MDPI publishes every article under CC BY 4.0. Cells: "
               "'Mesenchymal Stem Cells' (title), 'Mesenchymal stem cells', 'MSCs', 'MSC' -> msc, per mention "
               "(also 'MSC doses', 'MSC dose': the cells named); 'adipose-derived MSC', 'AD-MSC' -> adipose_msc. "
               "Routes: 'Intravenous Administration' (title), 'intravenous MSC administration', 'intravenous "
               "adipose-derived MSC (AD-MSC) therapy' -> intravenous. Sample size: '2504 patients'. Doses: 'ranging "
               "from 100 million to 2 billion cells' -> a range, value 1e8 with low 1e8 and high 2e9 cells, per null; "
               "'1–2 billion cells per treatment' -> 1e9 with low 1e9 and high 2e9 cells, per injection (one "
               "treatment is one infusion, as '/次'; doubtful). No sessions (no count of treatments), no follow-up "
               "value ('Over the follow-up period', 'long-term'). Traps: 'mean age: 54.09 ± 11.65 years' (age), "
               "'between October 2014 and December 2023' (a period), 'MACCE rate ... 0.2%', '0.8% of patients' "
               "(percentages), hazard ratio and confidence interval ('1.0418–1.219' is no dose range), 'sex and MSC "
               "dose showed no significant association' (no dose value)."),
        layout={"columns": 1, "font": "serif", "journal": "J. Clin. Med. 2024, 13, 7460"},
    ),
    RealText(
        id="en_clinical_sttt2022_umsc_psoriasis_single_arm", lang="en", kind="clinical", batch=10,
        title="[[Human umbilical cord mesenchymal stem cells|c:uc]] for psoriasis: a phase 1/2a, single-arm study",
        authors="Lamei Cheng, Siqi Wang, Cong Peng, Xiao Zou, Chao Yang, Hua Mei, Chuang Li, Xian Su, Na Xiao, Qi "
                "Ouyang, Mi Zhang, Qiaolin Wang, Yan Luo, Minxue Shen, Qun Qin, Honglin Wang, Wu Zhu, Guangxiu Lu, "
                "Ge Lin, Yehong Kuang, Xiang Chen",
        journal="Signal Transduction and Targeted Therapy 7(1):263", year=2022, doi="10.1038/s41392-022-01059-y",
        url="https://doaj.org/article/f0256af0ef59406f806700b73c01d9e1",
        licence="CC BY 4.0 (Signal Transduction and Targeted Therapy, open access, all articles)",
        abstract=(
            "Psoriasis is a common, chronic immune-mediated systemic disease that had no effective and durable "
            "treatment. [[Mesenchymal stem cells|c:msc]] ([[MSCs|c:msc]]) have immunomodulatory properties. "
            "Therefore, we performed a phase 1/2a, single-arm clinical trial to evaluate the safety and efficacy of "
            "[[human umbilical cord-derived MSCs|c:uc]] ([[UMSCs|c:uc]]) in the treatment of psoriasis and to "
            "preliminarily explore the possible mechanisms. [[Seventeen patients|n:17]] with psoriasis were enrolled "
            "and received [[UMSC|c:uc]] infusions. Adverse events, laboratory parameters, PASI, and PGA were analyzed. "
            "We did not observe obvious side effects during the treatment and [[6-month follow-up|f:6,month]]. A "
            "total of 47.1% (8/17) of the psoriasis patients had at least 40% improvement in the PASI score, and "
            "17.6% (3/17) had no sign of disease or minimal disease based on the PGA score. And the efficiency was "
            "25% (2/8) for males and 66.7% (6/9) for females. After [[UMSC|c:uc]] transplantation ([[UMSCT|c:uc]]), "
            "the frequencies of Tregs and CD4+ memory T cells were significantly increased, and the frequencies of T "
            "helper (Th) 17 and CD4+ naive T cells were significantly decreased in peripheral blood (PB) of psoriasis "
            "patients. And all responders showed significant increases in Tregs and CD4+ memory T cells, and "
            "significant decreases in Th17 cells and serum IL-17 level after [[UMSCT|c:uc]]."),
        notes=("Single-arm phase 1/2a trial of umbilical cord MSC infusions in psoriasis (clinical, no species): the "
               "abstract from the stored DOAJ record (the same text in a stored PubMed record), cut at a sentence end "
               "before the copy breaks off. The journal publishes every article open access under CC BY 4.0. Cells: "
               "'Mesenchymal stem cells', 'MSCs' (general) -> msc; 'Human umbilical cord mesenchymal stem cells' "
               "(title), 'human umbilical cord-derived MSCs', 'UMSCs', 'UMSC' -> umbilical_cord_msc; 'UMSCT', the "
               "abbreviation of 'UMSC transplantation' used for the therapy, -> umbilical_cord_msc (a second name on "
               "the page, doubtful). Sample size: 'Seventeen patients'. Follow-up: 'during the treatment and 6-month "
               "follow-up' -> 6 months. No sessions ('UMSC infusions', a plural without a count or "
               "'multiple'/'repeated', doubtful), no route written ('infusions'), no dose. Traps: '47.1% (8/17)', "
               "'17.6% (3/17)', '25% (2/8)', '66.7% (6/9)' (outcome counts and subgroups), 'at least 40% "
               "improvement' (a threshold), 'phase 1/2a', Tregs/CD4+/Th17 cells (not therapy cells), 'IL-17' (no "
               "hormone), 'all responders' (no count)."),
        layout={"columns": 2, "font": "serif", "journal": "Signal Transduction and Targeted Therapy (2022) 7:263"},
    ),
    RealText(
        id="en_clinical_ijms2023_msc_three_doses_covid_ards_two_groups", lang="en", kind="clinical", batch=10,
        title="Treatment of Acute Respiratory Distress Syndrome Caused by COVID-19 with "
              "[[Human Umbilical Cord Mesenchymal Stem Cells|c:uc]]",
        authors="Tetiana Bukreieva, Hanna Svitina, Viktoriia Nikulina, Alyona Vega, Oleksii Chybisov, Iuliia "
                "Shablii, Alina Ustymenko, Petro Nemtinov, Galyna Lobyntseva, Inessa Skrypkina, Volodymyr Shablii",
        journal="International Journal of Molecular Sciences 24(5):4435", year=2023, doi="10.3390/ijms24054435",
        url="https://ouci.dntb.gov.ua/en/works/loEyonw7", licence="CC BY 4.0 (MDPI, all articles)",
        abstract=(
            "This study aimed to identify the impact of [[mesenchymal stem cell|c:msc]] transplantation on the safety "
            "and clinical outcomes of patients with severe COVID-19. This research focused on how lung functional "
            "status, miRNA, and cytokine levels changed following [[mesenchymal stem cell|c:msc]] transplantation in "
            "patients with severe COVID-19 pneumonia and their correlation with fibrotic changes in the lung. This "
            "study involved [[15 patients|n:15#Control group]] following conventional anti-viral treatment (Control "
            "group) and [[13 patients|n:13#MCS group]] after [[three consecutive doses|s:3#MCS group]] of combined "
            "treatment with [[MSC|c:msc#MCS group]] transplantation (MCS group). ELISA was used to measure cytokine "
            "levels, real-time qPCR for miRNA expression, and lung computed tomography (CT) imaging to grade "
            "fibrosis. Data were collected on the day of patient admission (day 0) and on the 7th, 14th, and "
            "[[28th days of follow-up|f:28,day]]. A lung CT assay was performed on weeks 2, 8, 24, and 48 after the "
            "beginning of hospitalization. The relationship between levels of biomarkers in peripheral blood and "
            "lung function parameters was investigated using correlation analysis. We confirmed that "
            "[[triple|s:3]] [[MSC|c:msc]] transplantation in individuals with severe COVID-19 was safe and did not "
            "cause severe adverse reactions. The total score of lung CT between patients from the Control and "
            "[[MSC|c:msc]] groups did not differ significantly on weeks 2, 8, and 24 after the beginning of "
            "hospitalization."),
        notes=("Two-group clinical study of three doses of MSCs in severe COVID-19 pneumonia (clinical, no species): "
               "the abstract from a stored abstract record of the MDPI article (ouci.dntb.gov.ua), cut at the "
               "sentence end before 'However, on week 48 ...', which breaks off in the copy. 'MCS group' is the "
               "source's spelling for the MSC group, kept. MDPI publishes every article under CC BY 4.0. Cells: "
               "'Human Umbilical Cord Mesenchymal Stem Cells' (title) -> umbilical_cord_msc; 'mesenchymal stem "
               "cell', 'MSC' in the abstract -> msc (MSC alone), also in 'the Control and MSC groups' (no arm: two "
               "groups before one head word). Arms: '15 patients following conventional anti-viral treatment "
               "(Control group)' -> 15, arm 'Control group'; '13 patients after three consecutive doses of combined "
               "treatment with MSC transplantation (MCS group)' -> the group named at the end of its clause labels "
               "the clause: 13, sessions 3 ('three consecutive doses') and the MSC mention, arm 'MCS group'. "
               "Sessions: 'triple MSC transplantation' -> 3 (the treatment in general in a conclusion: no arm). "
               "Follow-up: 'on the 7th, 14th, and 28th days of follow-up' -> one fact, the last time point, 28 days "
               "(the whole study: the methods sentences speak of every patient). Not follow-up: 'on weeks 2, 8, 24, "
               "and 48 after the beginning of hospitalization' and 'on weeks 2, 8, and 24 after the beginning of "
               "hospitalization' (times counted from the admission, an event, not from the cells, as 'weeks after "
               "the stroke'; doubtful). No route, no dose. Traps: 'day 0' (admission), ELISA/qPCR/CT (methods), "
               "'severe adverse reactions' (none), 'did not differ significantly' (no hormone)."),
        layout={"columns": 1, "font": "sans", "journal": "Int. J. Mol. Sci. 2023, 24, 4435"},
    ),
    RealText(
        id="en_clinical_scientifica2020_svf_prp_iv_421_patients", lang="en", kind="clinical", batch=10,
        title="Safety of Technique and Procedure of Stromal Vascular Fraction Therapy: From Liposuction to Cell "
              "Administration",
        authors="Karina Karina, Iis Rosliana, Imam Rosadi, Rachel Schwartz, Siti Sobariah, Irsyah Afini, Tias "
                "Widyastuti, Melinda Remelia, Komang Ardi Wahyuningsih, Jeanne A Pawitan",
        journal="Scientifica 2020:2863624", year=2020, doi="10.1155/2020/2863624",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC7362293", licence="CC BY 4.0 (Hindawi, all articles)",
        abstract=(
            "**Background** Stromal vascular fraction (SVF) therapy has been performed over the past six years to "
            "treat [[421 patients|n:421]] by our group in five clinical centers. Autologous SVF, which is a substance "
            "containing stem cells, was isolated from lipoaspirate, mixed with platelet-rich plasma (PRP), and "
            "administered to patients with degenerative diseases, autoimmune diseases, trauma, aging, and other "
            "diseases with unknown etiology. This study aimed to determine the safety of SVF and PRP that were given "
            "through infusion, spinal, and intra-articular injection."),
        body=[
            "**Methods** The lipoaspirate was treated with a tissue-dissociating enzyme, and then, through "
            "centrifugation, SVF was isolated. In addition, blood was drawn from each patient, and PRP was isolated. "
            "Autologous PRP and SVF were administered to all subjects by [[intravenous (IV) injection|r:iv]]. A "
            "minority group within the population received an additional spinal or intra-articular injection. The "
            "type of intervention was determined by each disease evaluation. The cell doses and adverse events for "
            "each patient were documented and analyzed.",
            "**Results** Cell dose that was considered to be safe was less than 10 billion SVF cells in 250 cc of "
            "normal saline, for [[IV injection|r:iv]], and less than 1 billion SVF, for intra-articular and spinal "
            "injection. Adverse events were not severe and were treated successfully. Any observed adverse events "
            "were identified as a result of spinal or intra-articular injections and were not related to SVF or PRP.",
            "**Conclusions** Our results showed that administration of high dose of SVF until 10 billion cells in a "
            "majority of [[421 patients|n:421]] through infusion, spinal, and intra-articular injection was feasible "
            "without causing major adverse events and should be further investigated in well-designed phase I-II "
            "clinical trial to address the safety and efficacy of therapy.",
        ],
        notes=("Retrospective safety series of autologous stromal vascular fraction with PRP given intravenously "
               "(some also spinally or intra-articularly) in 421 patients (clinical, no species): the whole abstract "
               "from the stored PubMed Central copy. Hindawi publishes every article under CC BY 4.0. A text with "
               "routes, counts and many traps, and no cell type: 'Stromal vascular fraction (SVF)' / 'SVF cells' is "
               "an uncultured mixed fraction of adipose tissue with no contract id (not adipose_msc, which the guide "
               "keeps for adipose-derived stromal/stem cells; as BMDSC, do not over-read), PRP is no cell therapy, "
               "'stem cells' is generic. Routes: 'intravenous (IV) injection' (a phrase and its bracketed "
               "restatement: one fact) and 'for IV injection' -> intravenous; 'infusion' alone, 'spinal' and "
               "'intra-articular injection' have no contract id (left unmarked). Sample size: '421 patients' "
               "(Background and Conclusions, per mention). No dose: 'less than 10 billion SVF cells in 250 cc of "
               "normal saline', 'less than 1 billion SVF' and 'high dose of SVF until 10 billion cells' are bounds "
               "of the amounts found safe, not amounts given ('a bound is not'); '250 cc' is the saline of that "
               "bound (and cc no contract unit). Traps: 'over the past six years' (a period, no follow-up), 'five "
               "clinical centers', 'A minority group within the population' (no count, no arm), 'phase I-II', "
               "'each patient'."),
        layout={"columns": 2, "font": "serif", "journal": "Scientifica, Volume 2020, Article ID 2863624"},
    ),
    RealText(
        id="en_case_bmrat2016_adsc_t2dm_three_cases", lang="en", kind="case", batch=10,
        title="Expanded autologous [[adipose derived stem cell|c:ad]] transplantation for type 2 diabetes mellitus: a "
              "preliminary report of [[3 cases|n:3]] and review of literature",
        authors="Phuong Thi-Bich Le, Phuc Van Pham, Ngoc Bich Vu, et al. (the stored copy breaks off inside the "
                "author list)",
        journal="Biomedical Research and Therapy 3(12)", year=2016, doi="10.15419/bmrat.v3i12.141",
        url="http://bmrat.biomedpress.org/index.php/BMRAT/article/view/141",
        licence="CC BY 4.0 (BioMedPress, all articles: the journal's stored feed prints 'distributed under the terms "
                "of the Creative Commons Attribution 4.0 International License')",
        abstract=(
            "**Introduction:** Type 2 diabetes mellitus (T2D) is the most common form of diabetes mellitus, "
            "accounting for 90% of diabetes mellitus in patients. At the present time, althoughT2D can be treated by "
            "various drugs and therapies using insulin replacement, reports have shown that complications including "
            "microvascular, macrovascular complications and therapy resistance can occur in patients on long term "
            "treatment. Stem cell therapy is regarded as a promising therapy for diabetes mellitus, including T2D. "
            "The aim of this study was to evaluate the safety and therapeutic effect of expanded autologous "
            "[[adipose derived stem cell|c:ad]] ([[ADSC|c:ad]]) transplantation for T2D treatment; the pilot study "
            "included [[3 patients|n:3]] who were [[followed for 3 months|f:3,month]]."),
        body=[
            "**Methods:** The [[ADSCs|c:ad]] were isolated from stromal vascular fractions, harvested from the belly "
            "of the patient,and expanded for 21 days per previously published studies. Before transplantation, "
            "[[ADSCs|c:ad]] were evaluated for endotoxin, mycoplasma contamination, and karyotype.All patients were "
            "transfused with [[ADSCs|c:ad]] at [[1-2x10^{6} cells/kg|d:1e6,cells/kg,-,1e6,2e6]] of body "
            "weight.Patients were evaluated for criteria related to transplantation safety and therapeutic effects; "
            "these included fever, blood glucose level before transplantation of [[ADSCs|c:ad]], and blood glucose "
            "level after transplantation (at 1, 2 and [[3 months|f:3,month]]).",
            "**Results:** The results showed that all samples of [[ADSCs|c:ad]] exhibited the MSC phenotype with "
            "stable karyotype (2n=46), there was no contamination of mycoplasma, and endotoxin levels were low "
            "(<0.25 EU/mL). No adverse effects were detected [[after 3 months|f:3,month]] of transplantation. "
            "Decreases of blood glucose levels were recorded in all patients.",
            "**Conclusion:** The findings from this initial study show that expanded autologous [[ADSCs|c:ad]] may be "
            "a promising treatment for T2D.",
        ],
        notes=("Case series of three type 2 diabetes patients given expanded autologous adipose stem cells (kind case; "
               "clinical, no species): the whole abstract from the journal's stored article page; the page prints "
               "'althoughT2D', 'patient,and', 'karyotype.All' and 'weight.Patients' without spaces, kept, and "
               "'1-2x106 cells/kg' (superscript flattened), written 1-2x10^{6}. Cells: 'adipose derived stem cell' "
               "(title and Introduction), 'ADSC', 'ADSCs' -> adipose_msc, per mention (also 'ADSCs were evaluated', "
               "'samples of ADSCs': the cells given, named). Dose: '1-2x10^6 cells/kg' -> a range, 1e6 with low 1e6 "
               "and high 2e6 cells/kg, per null. No route: 'transfused with ADSCs' names no vessel (intravenous is "
               "not written; doubtful). Sample size: '3 cases' (title) and '3 patients' -> 3 (a series: the cases are "
               "not numbered, no arms). Follow-up: 'followed for 3 months' -> 3 months; '(at 1, 2 and 3 months)' -> "
               "one fact, the last time point, 3 months; 'No adverse effects were detected after 3 months of "
               "transplantation' -> 3 months. Traps: 'expanded for 21 days' (culture, no follow-up), 'stromal "
               "vascular fractions' (the tissue fraction the cells came from: no cell type), 'the MSC phenotype' (an "
               "attribute, not a therapy: no cell type), '90%', '(2n=46)', '(<0.25 EU/mL)' (a threshold), 'long term "
               "treatment' (no value), 'Stem cell therapy' (generic), 'All patients', 'all samples'."),
        layout={"columns": 2, "font": "sans", "journal": "Biomed Res Ther 2016, 3(12)"},
    ),
    RealText(
        id="en_clinical_dddt2019_ucmsc_iv_ra_three_years", lang="en", kind="clinical", batch=10,
        title="Efficacy and Safety of [[Umbilical Cord Mesenchymal Stem Cell|c:uc]] Therapy for Rheumatoid Arthritis "
              "Patients: A Prospective Phase I/II Study",
        authors="Liming Wang, Shigao Huang, Shimei Li, Ming Li, Jun Shi, Wen Bai, Qianyun Wang, Libo Zheng, Yongjun Liu",
        journal="Drug Design, Development and Therapy 13:4331-4340", year=2019, doi="10.2147/DDDT.S225613",
        url="https://www.dovepress.com/efficacy-and-safety-of-umbilical-cord-mesenchymal-stem-cell-therapy-fo-peer-reviewed-article-DDDT",
        licence="CC BY-NC 3.0 (Dove Medical Press, all articles: published under the Creative Commons Attribution - "
                "Non Commercial (unported, v3.0) License)",
        abstract=(
            "**Background** The traditional anti-inflammation disease-modifying anti-rheumatic drugs (DMARDs) have "
            "limited therapeutic effects in rheumatoid arthritis (RA) patients. We previously reported the safety and "
            "efficacy of [[umbilical cord mesenchymal stem cell|c:uc]] ([[UC-MSC|c:uc]]) treatment in RA patients "
            "that were [[observed for up to 8 months|f:8,month]] after [[UC-MSC|c:uc]] infusion. The aim of this "
            "study is to assess the long-term efficacy and safety of [[UC-MSC|c:uc]] along with DMARDs for the "
            "treatment of RA."),
        body=[
            "**Methods** [[64 RA patients|n:64]] aged 18–64 years were recruited in the study. During the treatment, "
            "patients were treated with [[40 mL|d:40,mL,-]] [[UC-MSC|c:uc]] suspension product (2 × 10^{7} cells/20 "
            "mL) via [[intravenous injection|r:iv]] immediately after the infusion of 100 mL saline. The serological "
            "markers tests were used to assess safety and the 28-joint disease activity score (DAS28) and the Health "
            "Assessment Questionnaire (HAQ) to assess efficacy.",
            "**Results** 1 year and [[3 years|f:3,year]] after [[UC-MSC cells|c:uc]] treatment, the blood routine, "
            "liver and kidney function and immunoglobulin examination showed no abnormalities, which were all in the "
            "normal range. The ESR, CRP, RF of 1 year and [[3 years after treatment|f:3,year]] and anti-CCP of "
            "[[3 years after treatment|f:3,year]] were detected to be lower than that of pretreatment, which showed "
            "significant change (P < 0.05). Health index (HAQ) and joint function index (DAS28) decreased 1 year and "
            "[[3 years after treatment|f:3,year]] than before treatment (P < 0.05).",
            "**Conclusion** [[UC-MSC cells|c:uc]] plus DMARDs therapy can be a safe, effective and feasible "
            "therapeutic option for RA patients.",
        ],
        notes=("Prospective phase I/II study of intravenous umbilical cord MSCs with DMARDs in rheumatoid arthritis, "
               "followed three years (clinical, no species): the whole abstract from the stored PubMed Central copy "
               "(the same text on the publisher's stored page and in PubMed); the copy prints '2 × 107 cells/20 mL' "
               "(superscript flattened), written 2 × 10^{7}. Licence: Dove Medical Press publishes every article "
               "under CC BY-NC 3.0. Cells: 'Umbilical Cord Mesenchymal Stem Cell' (title), 'umbilical cord "
               "mesenchymal stem cell', 'UC-MSC', 'UC-MSC cells' -> umbilical_cord_msc, per mention. Route: "
               "'intravenous injection' -> intravenous. Dose: '40 mL UC-MSC suspension product' -> 40 mL (the "
               "injected volume of a suspension), per null; '(2 × 10^7 cells/20 mL)' is a concentration (no dose); "
               "'100 mL saline' (a vehicle infused before, no drug of the protocol: no dose, doubtful). Sample size: "
               "'64 RA patients'. Follow-up: 'observed for up to 8 months after UC-MSC infusion' -> 8 months (the "
               "authors' previous study, cited: a fact of the document); the lists '1 year and 3 years after ...' "
               "(three times) -> one fact each, the last time point, 3 years; 'anti-CCP of 3 years after treatment' "
               "-> 3 years. No sessions stated. Traps: 'aged 18–64 years' (age range, no dose range), 'DAS28' (a "
               "score name with a number), ESR/CRP/RF/anti-CCP (no hormones), 'long-term' (no value), 'before "
               "treatment', 'pretreatment'."),
        layout={"columns": 2, "font": "sans", "journal": "Drug Design, Development and Therapy 2019:13 4331–4340"},
    ),
    RealText(
        id="en_clinical_scrt2017_atmsc_intradiscal_lbp_two_doses", lang="en", kind="clinical", batch=10,
        title="Safety and tolerability of intradiscal implantation of combined autologous "
              "[[adipose-derived mesenchymal stem cells|c:ad]] and hyaluronic acid in patients with chronic discogenic "
              "low back pain: [[1-year follow-up|f:1,year]] of a phase I study",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Stem Cell Research & Therapy 8", year=2017, doi="10.1186/s13287-017-0710-3",
        url="https://stemcellres.biomedcentral.com/articles/10.1186/s13287-017-0710-3",
        licence="CC BY 4.0 (BMC, all articles)",
        abstract=(
            "**Background** [[Adipose tissue-derived mesenchymal stem cells|c:ad]] ([[AT-MSCs|c:ad]]) offer potential "
            "as a therapeutic option for chronic discogenic low back pain (LBP) because of their immunomodulatory "
            "functions and capacity for cartilage differentiation. The goal of this study was to assess the safety "
            "and tolerability of a [[single|s:1]] intradiscal implantation of combined [[AT-MSCs|c:ad]] and "
            "hyaluronic acid (HA) derivative in patients with chronic discogenic LBP."),
        body=[
            "**Methods** We performed a single-arm phase I clinical trial with a [[12-month follow-up|f:12,month]] "
            "and enrolled [[10 eligible chronic LBP patients|n:10]]. Chronic LBP had lasted for more than 3 months "
            "with a minimum intensity of 4/10 on a visual analogue scale (VAS) and disability level ≥ 30% on the "
            "Oswestry Disability Index (ODI). The [[10 patients|n:10]] underwent a [[single|s:1]] intradiscal "
            "injection of combined HA derivative and [[AT-MSCs|c:ad]] at a dose of "
            "[[2 × 10^{7} cells|d:2e7,cells,-#2 × 10^7]]/disc ([[n = 5|n:5#2 × 10^7]]) or "
            "[[4 × 10^{7} cells|d:4e7,cells,-#4 × 10^7]]/disc ([[n = 5|n:5#4 × 10^7]]). Safety and treatment "
            "outcomes were evaluated by assessing VAS, ODI, Short Form-36 (SF-36), and imaging (lumbar spine X-ray "
            "imaging and MRI) at regular intervals [[over 1 year|f:1,year]].",
            "**Results** No patients were lost at any point during the [[1-year clinical study|f:1,year]]. We "
            "observed no procedure or stem cell-related adverse events or serious adverse events during the "
            "[[1-year follow-up period|f:1,year]]. VAS, ODI, and SF-36 scores significantly improved in both groups "
            "receiving both low (cases 2, 4, and 5) and high (cases 7, 8, and 9) cell doses, and did not differ "
            "significantly between the two groups.",
        ],
        notes=("Single-arm phase I trial of one intradiscal injection of adipose MSCs with hyaluronic acid at two "
               "doses, followed one year (clinical, no species): Background, Methods and the first three sentences "
               "of the Results from the journal's stored article page, cut at a sentence end before the copy breaks "
               "off; the page prints '2 × 107 cells/disc' (superscript flattened), written 2 × 10^{7}. A route "
               "outside the contract: 'intradiscal implantation/injection' has no contract id (left unmarked). "
               "Cells: 'adipose-derived mesenchymal stem cells' (title), 'Adipose tissue-derived mesenchymal stem "
               "cells', 'AT-MSCs' -> adipose_msc. Sessions: 'a single intradiscal implantation' and 'a single "
               "intradiscal injection' -> 1 each (the whole study). Doses: '2 × 10^7 cells/disc (n = 5) or 4 × 10^7 "
               "cells/disc (n = 5)' -> 2e7 and 4e7 cells, per null (per disc has no contract value), each with its "
               "count n = 5: arms told apart only by their values, labelled '2 × 10^7' and '4 × 10^7' (doses and "
               "counts). Sample size: '10 eligible chronic LBP patients', 'The 10 patients' (the same count restated, "
               "per mention). Follow-up: '1-year follow-up' (title), 'a 12-month follow-up', 'over 1 year', 'the "
               "1-year clinical study' (the length of observation) and 'the 1-year follow-up period' -> 12 months / 1 "
               "year (whole study). Traps: 'for more than 3 months' (duration of the pain), '4/10', '≥ 30%' "
               "(thresholds), 'single-arm phase I', 'both low (cases 2, 4, and 5) and high (cases 7, 8, and 9) cell "
               "doses' (responders listed by case numbers inside both groups: no counts, no arms; the groups renamed "
               "'low'/'high' carry no fact), 'No patients were lost' (no count), 'the two groups'."),
        layout={"columns": 1, "font": "serif", "journal": "Stem Cell Research & Therapy (2017) 8"},
    ),
    RealText(
        id="en_clinical_jtm2017_bmmsc_intradiscal_ddd_six_years", lang="en", kind="clinical", batch=10,
        title="Treatment of lumbar degenerative disc disease-associated radicular pain with culture-expanded autologous "
              "[[mesenchymal stem cells|c:msc]]: a pilot study on safety and efficacy",
        authors="Christopher Centeno, Jason Markle, Ehren Dodson, Ian Stemper, Christopher J. Williams, Matthew Hyzy, "
                "Thomas Ichim, Michael Freeman",
        journal="Journal of Translational Medicine 15", year=2017,
        doi="(DOI not shown in the stored copy; Journal of Translational Medicine 2017, PMC5610473)",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC5610473",
        licence="CC BY 4.0 (BMC, all articles; 'Open Access' on the stored springermedizin.de page)",
        abstract=(
            "**Background** Degenerative disc disease (DDD) is a common cause of lower back pain with radicular "
            "symptoms and has a significant socioeconomic impact given the associated disability. Limited effective "
            "conservative therapeutic options result in many turning to surgical alternatives for management, which "
            "vary in the rate of success and also carry an increased risk of morbidity and mortality associated with "
            "the procedures. Several animal based studies and a few human pilot studies have demonstrated safety and "
            "suggest efficacy in the treatment of DDD with [[mesenchymal stem cells|c:msc]] ([[MSCs|c:msc]]). The use "
            "of [[bone marrow-derived MSCs|c:bm]] for the treatment of DDD is promising and in the present study we "
            "report on the safety and efficacy findings from a registry based proof of concept study using a "
            "percutaneous intradiscal injection of cultured [[MSCs|c:msc]] for the management of DDD with associated "
            "radicular symptoms."),
        body=[
            "**Methods** [[Thirty-three patients|n:33]] with lower back pain and disc degeneration with a posterior "
            "disc bulge diagnosed on magnetic resonance imaging (MRI) met the inclusion criteria and were treated "
            "with culture-expanded, autologous, [[bone marrow-derived MSCs|c:bm]]. Prospective registry data was "
            "obtained at multiple time intervals [[up to 6 years post-treatment|f:6,year]]. Collected outcomes "
            "included numeric pain score (NPS), a modified single assessment numeric evaluation (SANE) rating, "
            "functional rating index (FRI), measurement of the intervertebral disc posterior dimension, and adverse "
            "events.",
            "**Results** Three patients reported pain related to procedure that resolved. There were no serious "
            "adverse events (i.e. death, infection, or tumor) associated with the procedure. NPS change scores "
            "relative to baseline were significant at 3, 36, 48, 60, and [[72 months post-treatment|f:72,month]]. "
            "The average modified SANE ratings showed a mean improvement of 60% at "
            "[[3 years post-treatment|f:3,year]]. FRI post-treatment change score averages exceeded the minimal "
            "clinically important difference at all time points except [[12 months|f:12,month]].",
        ],
        notes=("Registry-based pilot study of intradiscal autologous bone marrow MSCs in degenerative disc disease, "
               "followed up to six years (clinical, no species): Background, Methods and the first four sentences "
               "of the Results from the stored PubMed Central copy (the same text on springermedizin.de, which gives "
               "the authors), cut at a sentence end before the copy breaks off. A route outside the contract: "
               "'percutaneous intradiscal injection' (left unmarked). Cells: 'mesenchymal stem cells', 'MSCs', "
               "'cultured MSCs' -> msc (MSC alone); 'bone marrow-derived MSCs' -> bone_marrow_msc (twice; "
               "'culture-expanded, autologous' are attributes outside the mark). Sample size: 'Thirty-three "
               "patients'. Follow-up: 'at multiple time intervals up to 6 years post-treatment' -> 6 years; 'at 3, 36, "
               "48, 60, and 72 months post-treatment' -> one fact, the last time point, 72 months; 'at 3 years "
               "post-treatment' -> 3 years; 'at all time points except 12 months' -> 12 months (a time after "
               "treatment at which the outcome was measured, doubtful). Traps: 'Three patients reported pain' (an "
               "outcome count), 'Several animal based studies and a few human pilot studies' (no counts), 'a mean "
               "improvement of 60%', 'relative to baseline', 'no serious adverse events', no dose or sessions "
               "written."),
        layout={"columns": 2, "font": "serif", "journal": "Journal of Translational Medicine (2017) 15"},
    ),
    # English texts, eleventh batch
    RealText(
        id="en_animal_scrt2024_hucmsc_single_iv_dn_mice_two_stages", lang="en", kind="animal", batch=11,
        title="Amelioration of diabetic nephropathy in mice by a [[single|s:1]] [[intravenous injection|r:iv]] of human "
              "[[mesenchymal stromal cells|c:msc]] at early and later disease stages is associated with restoration of "
              "autophagy",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Stem Cell Research & Therapy 15", year=2024, doi="10.1186/s13287-024-03647-x",
        url="https://stemcellres.biomedcentral.com/articles/10.1186/s13287-024-03647-x",
        licence="CC BY 4.0 (BMC, all articles)",
        species="mouse",
        abstract=(
            "**Background and aims** [[Mesenchymal stromal cells|c:msc@human]] ([[MSCs|c:msc@human]]) a potentially "
            "effective disease-modulating therapy for diabetic nephropathy (DN) but their clinical translation has been "
            "hampered by incomplete understanding of the optimal timing of administration and in vivo mechanisms of "
            "action. This study aimed to elucidate the reno-protective potency and associated mechanisms of "
            "[[single|s:1]] [[intravenous injections|r:iv]] of [[human umbilical cord-derived MSCs|c:uc]] "
            "([[hUC-MSCs|c:uc]]) following shorter and longer durations of diabetes."),
        body=[
            "**Methods** A streptozotocin (STZ)-induced model of diabetes and DN was established in C57BL/6 mice. In "
            "groups of diabetic animals, human (h)[[UC-MSCs|c:uc]] or vehicle were [[injected intravenously|r:iv]] at 8 "
            "or 16 weeks after STZ along with vehicle-injected non-diabetic animals. Diabetes-related kidney "
            "abnormalities was analyzed [[2 weeks later|f:2,week]] by urine and serum biochemical assays, histology, "
            "transmission electron microscopy and immunohistochemistry. Serum concentrations of pro-inflammatory and "
            "pro-fibrotic cytokines were quantified by ELISA. The expression of autophagy-related proteins within the "
            "renal cortices was investigated by immunoblotting. Bio-distribution of [[hUC-MSCs|c:uc]] in kidney and "
            "other organs was evaluated in diabetic mice by injection of fluorescent-labelled cells.",
            "**Results** Compared to non-diabetic controls, diabetic mice had increases in urine albumin creatinine "
            "ratio (uACR), mesangial matrix deposition, podocyte foot process effacement, glomerular basement membrane "
            "thickening and interstitial fibrosis as well as reduced podocyte numbers at both 10 and 18 weeks after "
            "STZ.",
        ],
        notes=("Mouse study of streptozotocin diabetic nephropathy treated with one intravenous injection of human "
               "umbilical cord MSCs at two disease stages (species mouse): title, Background and aims, Methods and the "
               "first sentence of the Results from the journal's stored article page, cut at a sentence end before the "
               "copy breaks off. The first sentence ('MSCs a potentially effective ... therapy', the verb missing in "
               "the source, kept) is a general statement: no species. Cells: 'human mesenchymal stromal cells' "
               "(title), 'Mesenchymal stromal cells', 'MSCs' -> msc; 'human umbilical cord-derived MSCs', 'hUC-MSCs' "
               "-> umbilical_cord_msc; 'human (h)UC-MSCs' printed with the bracketed letter: the mark on 'UC-MSCs' "
               "only (the shortest words naming the cells). Sessions: 'a single intravenous injection' (title) and "
               "'single intravenous injections' (every treated group) -> 1, no arm. Routes: 'intravenous "
               "injection(s)', 'injected intravenously' -> intravenous. Follow-up: 'analyzed 2 weeks later' -> 2 "
               "weeks (the time after the injection at which outcomes were measured). Not follow-up: 'at 8 or 16 weeks "
               "after STZ' (the times of the injection, counted from the model) and 'at both 10 and 18 weeks after STZ' "
               "(counted from the model). No arm: the groups are described by what they received ('hUC-MSCs or "
               "vehicle'), not named. Traps: 'injection of fluorescent-labelled cells' (a tracking experiment, no "
               "cell name), 'vehicle-injected' (no route), STZ without dose, uACR and cytokines (no contract hormones), "
               "'shorter and longer durations of diabetes' (no value)."),
        layout={"columns": 2, "font": "sans", "journal": "Stem Cell Research & Therapy (2024) 15"},
    ),
    RealText(
        id="en_case_jpm2023_adsc_single_intradermal_face_eight_patients", lang="en", kind="case", batch=11,
        title="A [[Single|s:1]] Intradermal Injection of Autologous [[Adipose-Tissue-Derived Stem Cells|c:ad]] "
              "Rejuvenates Aged Skin and Sharpens Double Eyelids",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Journal of Personalized Medicine 13(7):1162", year=2023, doi="10.3390/jpm13071162",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC10381540",
        licence="CC BY 4.0 (MDPI, all articles)",
        abstract=(
            "Facial skin aging is the most visible manifestation of aging in the body. In this study, we aimed to "
            "rejuvenate aging skin via a [[one-time|s:1]] intradermal injection of autologous "
            "[[adipose-derived stem cells|c:ad]] ([[ADSCs|c:ad]]). [[Eight patients|n:8]] were enrolled for study. "
            "Photographs of patients taken immediately before and 1, 3, 6, and [[12 months|f:12,month]] after "
            "[[ADSC|c:ad]] injections were comparatively evaluated for visible skin manifestations. [[ADSCs|c:ad]] were "
            "cultured from the abdominal-skin-derived subcutaneous fat tissue, and [[1 × 10^{8}|d:1e8,cells,-]] cultured "
            "[[ADSCs|c:ad]] were injected intradermally into the facial skin. Cultured myoblasts were incubated with "
            "the supernatant derived from [[ADSCs|c:ad]], and the effect was evaluated via glucose consumption and "
            "lactic acid production in the medium. Eight cases showed the shallowing and disappearance of wrinkles, "
            "including those of the glabella, lower eyelids, crow`s feet, and forehead and nasolabial grooves, a month "
            "to several months after treatment. Double eyelids became prominent, and facial pores significantly reduced "
            "in size. These effects lasted for over one year. Myoblasts cultured in the presence of an "
            "[[ADSC|c:ad]]-derived [[exosome|c:ev]] were activated compared to that of [[ADSCs|c:ad]] cultured without "
            "supernatant. The result supports the role of muscle in [[ADSC|c:ad]] skin rejuvenation. The present study "
            "first reports that a [[single|s:1]] intradermal administration of cultured [[ADSCs|c:ad]] rejuvenates aged "
            "facial skin [[over the course of one year|f:1,year]]. Further, patients exhibited definite double eyelids "
            "and pore shrinkage, strongly indicating the active involvement of muscle, which was supported by an in "
            "vitro study. Our study also suggested the important role of biological factors delivered from injected "
            "stem cells, although the detailed mechanism of rejuvenation effects of [[ADSC|c:ad]] skin injection "
            "remains to be clarified."),
        notes=("Case series (eight patients, MDPI 'Case Report') of one intradermal injection of autologous adipose-derived "
               "stem cells for facial skin ageing (clinical, no species): title and the whole abstract from the stored "
               "PubMed Central copy (the same text on the MDPI page, which shows no author names in the stored copy). "
               "The copy prints '1 × 108' (superscript flattened), written 1 × 10^{8}; 'crow`s feet' kept as printed. "
               "A route outside the contract: 'intradermal injection/administration', 'injected intradermally' (left "
               "unmarked). Cells: 'Adipose-Tissue-Derived Stem Cells' (title), 'adipose-derived stem cells', 'ADSCs', "
               "'ADSC' -> adipose_msc, per mention, also the in-vitro mentions ('supernatant derived from ADSCs', 'ADSCs "
               "cultured without supernatant') and 'ADSC' in 'ADSC-derived exosome' (two mentions: adipose_msc and "
               "extracellular_vesicle). Sessions: 'Single' (title), 'a one-time intradermal injection', 'a single "
               "intradermal administration' -> 1 each. Dose: '1 × 10^8 cultured ADSCs' -> 1e8 cells, per null. Sample "
               "size: 'Eight patients'. Follow-up: the photographs 'immediately before and 1, 3, 6, and 12 months after "
               "ADSC injections' -> one fact, the last time point, 12 months; 'rejuvenates aged facial skin over the "
               "course of one year' -> 1 year (the length of observation; doubtful). Traps: 'Eight cases showed ...' "
               "(the same patients as an outcome count), 'a month to several months after treatment' (time to an "
               "outcome), 'These effects lasted for over one year' (the duration of an effect, no follow-up; doubtful), "
               "'subcutaneous fat tissue' (the harvest site, no route), 'injected stem cells' (generic), 'Cultured "
               "myoblasts' (in-vitro target cells)."),
        layout={"columns": 1, "font": "serif", "journal": "J. Pers. Med. 2023, 13, 1162"},
    ),
    RealText(
        id="en_clinical_cellprolif2020_ucmsc_four_rounds_covid_pilot", lang="en", kind="clinical", batch=11,
        title="Safety and feasibility of [[umbilical cord mesenchymal stem cells|c:uc]] in patients with COVID-19 "
              "pneumonia: A pilot study",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Cell Proliferation 53(12):e12947", year=2020, doi="10.1111/cpr.12947",
        url="https://pubmed.gov/33205469/",
        licence="CC BY 4.0 (Cell Proliferation, Wiley open-access journal, all articles)",
        abstract=(
            "**Objectives:** We aim to explore the safety and feasibility of "
            "[[umbilical cord mesenchymal stem cells|c:uc]] ([[UC-MSCs|c:uc]]) transplantation in patients with severe "
            "and critically severe coronavirus disease-2019 (COVID-19)."),
        body=[
            "**Methods:** We conducted a small sample, single arm, pilot trial. In addition to standard therapy, we "
            "performed [[four rounds|s:4]] of transplantation of [[UC-MSCs|c:uc]] in [[sixteen patients|n:16]] with "
            "severe and critically severe COVID-19. We recorded adverse events from enrolment to "
            "[[Day 28|f:28,day]]. We evaluated the oxygenation index, inflammatory biomarkers, radiological "
            "presentations of the disease and lymphocyte subsets count on the 7th day (D7 ± 1 day), the 14th day (D14 "
            "± 1 day) and the [[28th day|f:28,day]] (D28 ± 3 days).",
            "**Results:** There were no infusion-related or allergic reactions. The oxygenation index was improved "
            "after transplantation. The mortality of enrolled patients was 6.25%, whereas the historical mortality "
            "rate was 45.4%. The level of cytokines estimated varied in the normal range, the radiological "
            "presentations (ground glass opacity) were improved and the lymphocyte count and lymphocyte subsets (CD4+ "
            "T cells, CD8+ T cells and NK cells) count showed recovery after transplantation.",
            "**Conclusions:** [[Intravenous|r:iv]] transplantation of [[UC-MSCs|c:uc]] was safe and feasible for "
            "treatment of patients with severe and critically severe COVID-19 pneumonia.",
        ],
        notes=("Single-arm pilot trial of four rounds of intravenous umbilical cord MSCs in severe COVID-19 pneumonia "
               "(clinical, no species): title and the whole abstract as the stored PubMed record prints it (the same "
               "text, with other typography, on research.tib.eu and peeref.com; the preprint on Research Square words "
               "it differently and is not used). Cell Proliferation is a Wiley open-access journal publishing under CC "
               "BY 4.0. Cells: 'umbilical cord mesenchymal stem cells', 'UC-MSCs' -> umbilical_cord_msc, per mention. "
               "Sessions: 'four rounds of transplantation' -> 4 (the whole study). Route: 'Intravenous transplantation' "
               "(Conclusions) -> intravenous. Sample size: 'sixteen patients'. Follow-up: 'from enrolment to Day 28' "
               "-> 28 days (the window of adverse-event recording, counted from enrolment, doubtful); the time points "
               "'on the 7th day (...), the 14th day (...) and the 28th day (D28 ± 3 days)' -> one fact, the last, on "
               "'28th day' (its bracketed restatement 'D28 ± 3 days' is the same fact). Traps: '± 1 day', '± 3 days' "
               "(tolerances, no ranges), 'single arm' (no count), 'a small sample' (no count), '6.25%', '45.4%', "
               "'CD4+ T cells, CD8+ T cells and NK cells' (the patients' lymphocytes, not therapy), 'standard "
               "therapy' (no drug named)."),
        layout={"columns": 2, "font": "serif", "journal": "Cell Prolif. 2020;53:e12947"},
    ),
    RealText(
        id="en_clinical_srep2025_prp_single_vs_double_intraovarian_por", lang="en", kind="clinical", batch=11,
        title="(title not in the stored copy; Scientific Reports article s41598-025-02689-2, abstract)",
        authors="(not shown in the stored copy)",
        journal="Scientific Reports", year=2025, doi="10.1038/s41598-025-02689-2",
        url="http://preview-www.nature.com/articles/s41598-025-02689-2",
        licence="CC BY 4.0 (Scientific Reports, all articles)",
        abstract=(
            "Poor ovarian response (POR) is a challenge in reproductive medicine, often leading to suboptimal outcomes "
            "in IVF/ICSI cycles. Autologous platelet-rich plasma (PRP) injections have emerged as a potential therapy to "
            "enhance ovarian function. This study aims to compare the efficacy of [[single|s:1]] versus [[double|s:2]] "
            "PRP [[ovarian injections|r:io]] in improving ovarian reserve, response to stimulation, and IVF/ICSI "
            "outcomes in women with POR. This before-and-after study was conducted at the Reproductive Center of the "
            "Sixth Affiliated Hospital of Sun Yat-sen University. [[Seventy-one women|n:71]] diagnosed with POR "
            "(POSEIDON group 3 or 4), characterized by anti-Müllerian hormone (AMH) levels below 1.2 ng/mL and fewer "
            "than five antral follicles, who had completed at least one IVF/ICSI cycle before and after PRP treatment "
            "were included. Participants received [[intraovarian injections|r:io,tvus]] of autologous PRP "
            "([[2–2.5 mL per ovary|d:2,mL,ovary,2,2.5]]) via transvaginal ultrasound guidance, either "
            "[[once|s:1]] or [[twice|s:2]] as determined clinically. We evaluated changes in ovarian reserve markers "
            "(AMH and antral follicle count [AFC]) and IVF/ICSI outcomes, such as the number of retrieved oocytes and "
            "quality embryos. Comparative analysis between [[single|s:1]] and [[double|s:2]] injections utilized the "
            "difference (Δ) between post- and pre-treatment values. PRP treatment resulted in significant improvements "
            "in [[AMH|h:AMH,inc]] levels (from 0.33 ± 0.24 ng/mL to 0.43 ± 0.29 ng/mL, p = 0.005) and "
            "[[AFC|h:AFC,inc]] (from 2.62 ± 1.09 to 3.80 ± 1.95, p < 0.001). Both [[single|s:1]] and "
            "[[double|s:2]] PRP injections significantly increased the number of retrieved oocytes (2.32 ± 1.80 vs. "
            "3.59 ± 2.00, p < 0.001) and high-quality embryos (0.73 ± 1.08 vs. 1.28 ± 1.21, p = 0.002). Subgroup "
            "analysis indicated no significant differences in ΔAMH, ΔAFC, or IVF/ICSI outcomes between "
            "[[single|s:1]] and [[double|s:2]] treatments. However, the increase in [[AMH|h:AMH,inc]] levels reached "
            "statistical significance only after [[double|s:2]] PRP injection, not after [[single|s:1]] injection."),
        notes=("Before-and-after study of one or two intraovarian PRP injections in 71 poor responders (clinical, no "
               "species): the abstract from the stored copy of the journal page (nature.com preview), which shows "
               "neither title nor authors (the PDF title is a placeholder with no facts); cut before the last "
               "sentence, which breaks off in the copy. Scientific Reports publishes every article under CC BY 4.0. "
               "No cell type: PRP is not a cell therapy. Sessions, per mention: 'single' -> 1 and 'double' -> 2 "
               "wherever the two regimens are named ('single versus double PRP ovarian injections', 'between single "
               "and double injections', 'Both single and double PRP injections', 'between single and double "
               "treatments', 'only after double PRP injection, not after single injection'), 'either once or twice' "
               "-> 1 and 2. No arms: the two subgroups were formed 'as determined clinically' (not pre-specified "
               "arms), have no counts, and are only named in comparisons or together ('Both'). Routes: 'ovarian "
               "injections' (injections into the ovary) -> intraovarian_injection; 'intraovarian injections ... via "
               "transvaginal ultrasound guidance' -> intraovarian_injection with guidance transvaginal_ultrasound (the "
               "same sentence). Dose: '2–2.5 mL per ovary' -> 2 mL, low 2, high 2.5, per ovary (the injected volume). "
               "Sample size: 'Seventy-one women'. Hormone changes: 'improvements in AMH levels' -> AMH increase, 'and "
               "AFC' -> AFC increase (the whole cohort); 'the increase in AMH levels ... only after double PRP "
               "injection' -> AMH increase (no arm). Traps: 'AMH levels below 1.2 ng/mL', 'fewer than five antral "
               "follicles' (inclusion thresholds, no change), 'POSEIDON group 3 or 4', 'at least one IVF/ICSI cycle' "
               "(no sessions of the therapy), 'changes in ovarian reserve markers (AMH and antral follicle count "
               "[AFC])' (a list of measured markers, no direction), 'no significant differences in ΔAMH, ΔAFC' (a "
               "comparison between subgroups, no no_change fact), 'not after single injection' (significance denied, "
               "not the change: no negated fact; doubtful), the means ± SD and p values."),
        layout={"columns": 2, "font": "serif", "journal": "Scientific Reports (2025)"},
    ),
    RealText(
        id="en_clinical_srep2024_prp_intraovarian_poor_embryo_quality_two_groups", lang="en", kind="clinical",
        batch=11,
        title="(title not in the stored copy; Scientific Reports article s41598-024-82630-1, abstract)",
        authors="(not shown in the stored copy)",
        journal="Scientific Reports", year=2024, doi="10.1038/s41598-024-82630-1",
        url="https://web.davidx.top/articles/s41598-024-82630-1",
        licence="CC BY 4.0 (Scientific Reports, all articles)",
        abstract=(
            "This study evaluated the effectiveness of [[intraovarian|r:io]] platelet-rich plasma (PRP) injection in "
            "improving ovarian response and embryo quality in IVF patients with poor embryo quality in previous "
            "controlled ovarian hyperstimulation (COH) cycles. [[74 patients|n:74]] participated, with "
            "[[30|n:30#control group]] in the control group and [[44|n:44#PRP group]] in the PRP group. PRP was "
            "injected during the follicular phase for the PRP group. The control group completed two COH cycles, "
            "while the PRP group underwent COH cycles before and after the PRP injection. In the first COH cycle, "
            "there were no significant differences between groups. However, in the second COH cycle, the PRP group "
            "showed significant improvements: the number of fertilized oocytes increased (5.2 ± 3.6 vs. 3.3 ± 3.5, p "
            "= 0.011), total blastocysts (1.7 ± 1.5 vs. 0.5 ± 0.7, p < 0.0001) and good quality blastocysts (0.6 ± "
            "0.8 vs. 0 ± 0.2, P < 0.0001). The total blastocyst rate (35 ± 31% vs. 13 ± 24%, p = 0.001) and good "
            "quality blastocyst rate (14 ± 22% vs. 1 ± 3%, p < 0.0001) were also higher in the PRP group. The most "
            "notable benefits occurred when COH was conducted one to two months post-PRP injection."),
        notes=("Controlled study of one intraovarian PRP injection before a second stimulation cycle in IVF patients "
               "with poor embryo quality (clinical, no species): the whole abstract from a stored mirror of the "
               "journal page (web.davidx.top/articles/...), which shows neither title nor authors (the PDF title is a "
               "placeholder with no facts). Scientific Reports publishes every article under CC BY 4.0. A text with "
               "arms and traps and no cell type (PRP is not a cell therapy). Route: 'intraovarian platelet-rich "
               "plasma (PRP) injection' -> intraovarian_injection on 'intraovarian' (the words naming the site); 'PRP "
               "was injected' names no site (no route). Sample size: '74 patients' (whole study); '30 in the control "
               "group' and '44 in the PRP group' -> arms 'control group' and 'PRP group'. Traps: 'two COH cycles', 'the "
               "first/second COH cycle' (ovarian stimulation cycles, not administrations of the therapy: no "
               "sessions), 'during the follicular phase' (timing), 'one to two months post-PRP injection' (the "
               "interval after which stimulation was started, a window: no follow-up; doubtful), the counts and "
               "percentages of embryos and blastocysts (outcomes)."),
        layout={"columns": 1, "font": "sans", "journal": "Scientific Reports (2024)"},
    ),
    RealText(
        id="en_animal_ijms2024_hucmsc_exo_multiple_injections_testis_mice", lang="en", kind="animal", batch=11,
        title="Fertility Protection, A Novel Concept: [[Umbilical Cord Mesenchymal Stem Cell|c:uc]]-Derived "
              "[[Exosomes|c:ev]] Protect against Chemotherapy-Induced Testicular Cytotoxicity",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="International Journal of Molecular Sciences 25(1):60", year=2024, doi="10.3390/ijms25010060",
        url="https://www.mdpi.com/1422-0067/25/1/60",
        licence="CC BY 4.0 (MDPI, all articles)",
        species="mouse",
        abstract=(
            "Currently, there is no viable option for fertility preservation in prepubertal boys. Experimentally, "
            "controlled vitrification of testicular tissue has been evaluated and found to cause potential structural "
            "damage to the spermatogonial stem cell (SSC) niche during cryopreservation. In this report, we leveraged "
            "the regenerative effect of [[human umbilical cord-derived Mesenchymal stem cell|c:uc]] "
            "[[exosomes|c:ev]] ([[h-UCMSC-Exo|c:ev]]) to protect against testicular damage from the cytotoxic effects "
            "of polychemotherapy (CTX). A chemotherapy-induced testicular dysfunctional model was established by CTX "
            "treatment with cyclophosphamide and Busulfan in vitro (human Sertoli cells) and in prepubescent mice. We "
            "assessed the effects of the [[exosomes|c:ev]] by analyzing cell proliferation assays, molecular analysis, "
            "immunohistochemistry, body weight change, serum hormone levels, and fertility rate. Our data indicates "
            "the protective effect of [[h-UCMSC-Exo|c:ev]] by preserving the SSC niche and preventing testicular "
            "damage in mice. Interestingly, mice that received [[multiple injections|s:-]] of [[h-UCMSC-Exo|c:ev]] "
            "showed significantly higher fertility rates and serum testosterone levels ( < 0.01). Our study "
            "demonstrates that [[h-UCMSC-Exo|c:ev@human]] can potentially be a novel fertility protection approach in "
            "prepubertal boys triaged for chemotherapy treatment."),
        notes=("Mouse study (with an in-vitro part on human Sertoli cells) of umbilical cord MSC exosomes against "
               "cyclophosphamide/busulfan testicular damage (species mouse): title and abstract as the MDPI page and "
               "the stored PubMed record (suppr.wilddata.cn/browses/detail/pubmed/38203232) print them; the abstract "
               "from the PubMed record, which drops the italic p of '(p < 0.01)': kept as stored, '( < 0.01)'. MDPI "
               "publishes every article under CC BY 4.0. Cells: 'Umbilical Cord Mesenchymal Stem Cell-Derived Exosomes' "
               "(title) and 'human umbilical cord-derived Mesenchymal stem cell exosomes' -> two mentions each "
               "(umbilical_cord_msc, extracellular_vesicle); 'h-UCMSC-Exo' and 'the exosomes' -> extracellular_vesicle. "
               "The last sentence is a clinical aim ('in prepubertal boys'): its 'h-UCMSC-Exo' carries no species. "
               "Sessions: 'mice that received multiple injections of h-UCMSC-Exo' -> count null (repeated, no number). "
               "Traps: 'spermatogonial stem cell (SSC) niche' (the host's germ cells, no therapy, no canonical id), "
               "'human Sertoli cells' (in-vitro targets), 'CTX treatment with cyclophosphamide and Busulfan' (model "
               "drugs without dose, route or count), 'serum hormone levels', 'serum testosterone levels' (testosterone "
               "is no contract hormone), 'prepubescent mice' (no count)."),
        layout={"columns": 2, "font": "sans", "journal": "Int. J. Mol. Sci. 2024, 25, 60"},
    ),
    RealText(
        id="en_animal_bmcvet2024_atmsc_iv_40_dogs_six_month_safety", lang="en", kind="animal", batch=11,
        title="[[Intravenous injection|r:iv]] of allogenic canine [[mesenchymal stem cells|c:msc]] in 40 client-owned "
              "dogs: a safety assessment in veterinary clinical trials",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="BMC Veterinary Research 20(1):375", year=2024, doi="10.1186/s12917-024-04216-3",
        url="https://pubmed.ncbi.nlm.nih.gov./39174969",
        licence="CC BY 4.0 (BMC, all articles)",
        species="animal",
        abstract=(
            "**Background:** The aim of this study was to evaluate the adverse effects of allogeneic "
            "[[mesenchymal stem cells|c:msc]] ([[MSCs|c:msc]]) transplanted via [[intravenous infusion|r:iv]] in dogs "
            "and examine their safety. We performed a retrospective analysis of various clinical assessments, "
            "including physical examination, blood tests, and radiographs, and monitored the formation of neoplasms "
            "during a [[6-month follow-up period|f:6,month]] in 40 client-owned dogs that received "
            "[[intravenous infusion|r:iv]] of [[adipose tissue-derived MSCs|c:ad]] ([[AT-MSCs|c:ad]]) for the "
            "treatment of various underlying diseases between 2012 and 2018."),
        body=[
            "**Results:** No significant adverse effects of [[MSC|c:msc]] therapy were detected by clinical "
            "assessment, blood tests, or radiographic examination in the [[6-month follow-up period|f:6,month]] after "
            "the first [[MSC|c:msc]] treatment. Additionally no new neoplasms were observed during this period.",
            "**Conclusions:** To our knowledge, this study is the first to evaluate the safety aspects "
            "(≥ [[6 months|f:6,month]]) associated with [[intravenous|r:iv]] allogeneic [[AT-MSC|c:ad]] infusion. "
            "These results suggest that allogenic [[AT-MSC|c:ad]] infusion could be a useful and relatively safe "
            "therapeutic approach in canines.",
        ],
        notes=("Retrospective veterinary safety study of intravenous allogeneic adipose MSCs in client-owned dogs (a "
               "named species other than mouse or rat: species 'animal' for every fact, the entry's default): title "
               "and abstract as the stored PubMed record prints them (the Research Square preprint words it "
               "differently and is not used). BMC publishes every article under CC BY 4.0. Cells: 'canine mesenchymal "
               "stem cells', 'mesenchymal stem cells', 'MSCs', 'MSC' -> msc; 'adipose tissue-derived MSCs', 'AT-MSCs', "
               "'AT-MSC' -> adipose_msc. Routes: 'Intravenous injection' (title), 'intravenous infusion' (twice), "
               "'intravenous ... infusion' -> intravenous. Follow-up: 'a 6-month follow-up period' (twice) and the "
               "bound '(≥ 6 months)' -> 6 months on '6 months' (the value kept, as 'at least one year' is; the sign "
               "is left out of the mark). Traps: '40 client-owned "
               "dogs' (animals, title and Background: no sample size), 'the first MSC treatment' (an ordinal that "
               "implies later treatments but states no count: no sessions; doubtful), 'between 2012 and 2018' (a "
               "period of the records, no follow-up), 'the first to evaluate' (no count), 'various underlying "
               "diseases'."),
        layout={"columns": 1, "font": "serif", "journal": "BMC Veterinary Research (2024) 20:375"},
    ),
    RealText(
        id="en_animal_vetworld2018_ucmsc_secretome_ip_cisplatin_testis_rats", lang="en", kind="animal", batch=11,
        title="Effects of secretome on cisplatin-induced testicular dysfunction in rats",
        authors="Surya Agus Prihatno, Irma Padeta, Arinda Devi Larasati, Betty Sundari, Annisa Hidayati, Yuda Heru "
                "Fibrianto, Teguh Budipitojo",
        journal="Veterinary World 11(9):1349-1356", year=2018, doi="10.14202/vetworld.2018.1349-1356",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC6200560",
        licence="CC BY 4.0 (Veterinary World, all articles: its stored FAQ page, http://www.veterinaryworld.org/FAQ.html, "
                "says its articles are licensed under the Creative Commons Attribution License 4.0)",
        species="rat",
        abstract=(
            "**Background:** Testicular dysfunction is a degenerative disorder characterized by failure in the "
            "synthesis of reproductive hormones and spermatogenesis. Secretome derived from the "
            "[[human umbilical mesenchymal stem cell|c:uc@human]] ([[MSC|c:msc@human]]) has been reported to repair "
            "some degenerative disorders."),
        body=[
            "**Aim:** This study aimed to investigate the effect of secretome derived from the "
            "[[human umbilical MSCs|c:uc]] on cisplatin-induced testicular dysfunction in rats.",
            "**Materials and Methods:** Thirty-six male Wistar rats were divided into the control and "
            "secretome-treated groups. In the secretome-treated group, testicular dysfunction was induced by "
            "[[3 mg/kg|d:3,mg/kg,-#secretome-treated group]] BW of cisplatin "
            "[[intraperitoneally|r:ip#secretome-treated group]] [[3 times|s:3#secretome-treated group]] with 3-day "
            "intervals. The secretome-treated group was divided according to dose: Low-dose (0.2 mL/kg BW) and "
            "high-dose (0.5 mL/kg BW) groups. Secretomes were injected [[intraperitoneally|r:ip]] once a week for 3 "
            "weeks. [[1 week after the injection|f:1,week]] of secretome, the cauda epididymis of the rats was removed "
            "for spermatozoa evaluation and histological examination.",
            "**Result:** After the injection of secretome, the sperm motility of the high-dose group showed thin "
            "wave-like, rare, and slow movements. No abnormal sperm morphology was observed in all the treated groups. "
            "The number of spermatozoa increased gradually in the high-dose group after the injection of secretome. "
            "The developmental stages of the spermatogenic cells were complete in both spermatozoa groups after the "
            "injection of secretome. However, the spermatozoa in the seminiferous tubules of the high-dose group were "
            "denser. Vimentin and cytokeratin immunoreactivities were very strong in the high-dose group "
            "[[1 week|f:1,week#high-dose]] after the [[second|s:2#high-dose]] secretome injection.",
            "**Conclusion:** High-dose secretome derived from the human fetal umbilical cord could increase the number "
            "and motility of sperms in rats with cisplatin-induced testicular dysfunction. The administration of "
            "high-dose secretome was effective [[1 week|f:1,week#high-dose]] after the [[second|s:2#high-dose]] dose, "
            "as indicated by very strong immunoreactivity for vimentin and cytokeratin.",
        ],
        notes=("Rat study of intraperitoneal umbilical cord MSC secretome at two doses against cisplatin testicular "
               "damage (species rat): the whole abstract from the stored PubMed Central copy, whose last words break "
               "off; the last sentence completed from the stored scite.ai copy of the same abstract (staging.scite.ai, "
               "author page of A. D. Larasati), which prints it whole. Licence: the journal's stored FAQ page says its "
               "articles are licensed under CC BY 4.0; the stored copy of the article PDF (dokumen.tips) prints 'Open "
               "Access'. The first Background sentence pair is general: no species. Cells: the secretome is a "
               "conditioned medium (no cell type), but the cells it came from are named: 'human umbilical mesenchymal "
               "stem cell', 'human umbilical MSCs' -> umbilical_cord_msc, '(MSC)' -> msc, as 'MenSC-derived "
               "conditioned media' gives MenSC; 'the human fetal umbilical cord' is a tissue (no cell type). Model "
               "drug: '3 mg/kg BW of cisplatin intraperitoneally 3 times' -> dose 3 mg/kg, route intraperitoneal, "
               "sessions 3, all arm 'secretome-treated group' (the group named in the sentence). Secretome: "
               "'Secretomes were injected intraperitoneally' -> intraperitoneal (both dose groups: no arm); 'once a "
               "week for 3 weeks' is a frequency with a duration, no total stated (no sessions); the doses 'Low-dose "
               "(0.2 mL/kg BW)' and 'high-dose (0.5 mL/kg BW)' have no contract unit (mL/kg): no dose facts, and so no "
               "arm fact for 'Low-dose'. Follow-up: '1 week after the injection of secretome' -> 1 week (every "
               "group); '1 week after the second secretome injection' (Result, in the high-dose group) and '1 week "
               "after the second dose' (Conclusion, of 'high-dose secretome') -> 1 week, arm 'high-dose'. Sessions: "
               "'the second secretome injection', 'the second dose' -> 2 by the guide's ordinal rule (no count of the "
               "secretome injections is stated; doubtful: 'once a week for 3 weeks' implies three), arm 'high-dose'. "
               "Traps: 'Thirty-six male Wistar rats' (animals), 'the control and secretome-treated groups' (a list of "
               "groups), 'with 3-day intervals' (an interval), 'all the treated groups', 'both spermatozoa groups', "
               "'reproductive hormones' (none named), vimentin/cytokeratin (no hormones)."),
        layout={"columns": 2, "font": "serif", "journal": "Veterinary World, EISSN: 2231-0916"},
    ),
    RealText(
        id="en_animal_biolres2023_admsc_cisplatin_testis_rabbits_day45", lang="en", kind="animal", batch=11,
        title="Cisplatin-induced azoospermia and testicular damage ameliorated by "
              "[[adipose-derived mesenchymal stem cells|c:ad]]",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Biological Research 56:2", year=2023, doi="10.1186/s40659-022-00410-5",
        url="https://biolres.biomedcentral.com/articles/10.1186/s40659-022-00410-5",
        licence="CC BY 4.0 (BMC, all articles; 'Open access' on the stored page)",
        species="animal",
        abstract=(
            "**Background** The testes are highly susceptible to the adverse effects of chemotherapy and radiation at "
            "all stages of life. Exposure to these threats mainly occurs during cancer treatment and as an "
            "occupational hazard in radiation centers. The present study investigated the regenerative ability of "
            "[[adipose-derived mesenchymal stem cells|c:ad]] ([[ADMSCs|c:ad]]) against the adverse effects of "
            "cisplatin on the structure and function of the testes."),
        body=[
            "**Methods** New Zealand white rabbits (N = 15) were divided into three groups of five: a negative "
            "control group (no treatment), a cisplatin group ([[single|s:1#cisplatin group]] dose of cisplatin into "
            "each testis followed three days later by a PBS injection), and a cisplatin + "
            "[[ADMSCs|c:ad#cisplatin + ADMSCs group]] group (cisplatin injection followed three days later by an "
            "[[ADMSC|c:ad#cisplatin + ADMSCs group]] injection). On [[day 45 post-treatment|f:45,day]], serum "
            "testosterone levels were evaluated, and the testes and epididymis were collected for histology, "
            "oxidative stress examination, and epididymal sperm analysis.",
            "**Results** Cisplatin caused damage to the testicular tissue and decreased serum testosterone levels, "
            "epididymal sperm counts, and oxidants. An antioxidant imbalance was detected due to increasing "
            "malondialdehyde (MDA) and reduced glutathione (GSH) levels in testicular tissue. The "
            "[[ADMSC|c:ad#cisplatin + ADMSCs group]]-treated group displayed a moderate epididymal sperm count, "
            "adequate antioxidant protection, suitable hormone levels, and enhanced testicular tissue morphology.",
            "**Conclusions** [[ADMSCs|c:ad]] treatment repaired damaged testicular tissue, enhanced biochemical "
            "parameters, and modified pathological changes caused by cisplatin.",
        ],
        notes=("Rabbit study of intratesticular cisplatin followed by adipose MSCs (a named species other than mouse "
               "or rat: species 'animal', the entry's default): title and the whole abstract from the journal's "
               "stored article page (biolres.biomedcentral.com, 'Open access'; the same abstract, shortened, on the "
               "stored vmjg.journals.ekb.eg page, not used). Cells: 'adipose-derived mesenchymal stem cells', "
               "'ADMSCs', 'ADMSC' -> adipose_msc. Arms: three named groups; 'a cisplatin group (single dose of "
               "cisplatin into each testis ...)' -> sessions 1, arm 'cisplatin group' (the model drug given once, as "
               "the guide counts model drugs; the cell group's own cisplatin injection has no count); 'a cisplatin + "
               "ADMSCs group' -> its name's 'ADMSCs' and the bracketed 'an ADMSC injection' -> arm 'cisplatin + ADMSCs "
               "group', and 'The ADMSC-treated group' (the same group renamed, label kept). No route: the cisplatin and "
               "the cells go into the testis (no contract id), 'PBS injection' (vehicle). Follow-up: 'On day 45 "
               "post-treatment' -> 45 days (every group). Traps: '(N = 15)', 'three groups of five' (animals), "
               "'followed three days later' (the interval between the drug and the cells), serum testosterone, MDA, "
               "GSH (no contract hormones), 'suitable hormone levels' (no hormone named), 'a negative control group "
               "(no treatment)'."),
        layout={"columns": 2, "font": "sans", "journal": "Biological Research (2023) 56:2"},
    ),
    RealText(
        id="en_clinical_hepatolint2021_ucmsc_three_infusions_dlc_75_months", lang="en", kind="clinical", batch=11,
        title="[[Mesenchymal stem cell|c:msc]] therapy in decompensated liver cirrhosis: a long-term follow-up analysis "
              "of the randomized controlled clinical trial",
        authors="Ming Shi, Yuan-Yuan Li, Ruo-Nan Xu, Fan-Ping Meng, Shuang-Jie Yu, Jun-Liang Fu, Jin-Hua Hu, Jing-Xin "
                "Li, Li-Feng Wang, Lei Jin, Fu-Sheng Wang",
        journal="Hepatology International 15(6)", year=2021,
        doi="(DOI not shown in the stored copy; Hepatology International 6/2021, Open Access, 29.11.2021)",
        url="https://www.springermedizin.de/mesenchymal-stem-cell-therapy-in-decompensated-liver-cirrhosis-a/19910868",
        licence="CC BY 4.0 (Springer Nature open-access article; 'Open Access' printed on the stored springermedizin.de "
                "page)",
        abstract=(
            "**Background** [[Mesenchymal stem cell|c:msc]] ([[MSC|c:msc]]) infusion was reported to improve liver "
            "function in patients with decompensated liver cirrhosis (DLC); however, whether the medication can "
            "improve outcome of these patients is poorly understood."),
        body=[
            "**Methods** This prospective, open-labeled, randomized controlled study enrolled [[219 patients|n:219]] "
            "with HBV-related DLC who were divided into control group ([[n = 111|n:111#control group]]) and "
            "[[umbilical cord-derived MSC|c:uc#UC-MSC-treated group]] ([[UC-MSC|c:uc#UC-MSC-treated group]])-treated "
            "group ([[n = 108|n:108#UC-MSC-treated group]]), then all of them received a follow-up check from "
            "October 2010 to October 2017. The treated patients received "
            "[[three times|s:3#UC-MSC-treated group]] of [[UC-MSC|c:uc#UC-MSC-treated group]] infusions at 4-week "
            "intervals plus conventional treatment that was only used for control group. The overall survival rate "
            "and HCC-free survival rate were calculated as primary endpoints and the liver function and adverse events "
            "associated with the medication were also evaluated.",
            "**Results** During the follow-up check period from 13 to [[75th months|f:75,month]], there was a "
            "significantly higher overall survival rate in the treated group than the control group, while the "
            "difference of the hepatocellular carcinoma event-free survival rate between the treated and control "
            "groups was not observed during the [[75-month follow-up|f:75,month]]. [[UC-MSC|c:uc]] treatment "
            "markedly improved liver function, as indicated by the levels of serum albumin, prothrombin activity, "
            "cholinesterase, and total bilirubin during [[48 weeks|f:48,week]] of follow-up. No significant side "
            "effects or treatment-related complications were observed in the "
            "[[UC-MSC|c:uc#UC-MSC-treated group]] group.",
        ],
        notes=("Long-term follow-up of a randomised controlled trial of three umbilical cord MSC infusions in "
               "HBV-related decompensated cirrhosis (clinical, no species): Background, Methods and Results of the "
               "abstract from the stored springermedizin.de page (which prints 'Open Access' and the authors), cut at "
               "the end of the Results: the Conclusions break off in the copy. Springer Nature publishes its "
               "open-access articles under CC BY 4.0; the DOI is not shown in the stored copy. Cells: 'Mesenchymal "
               "stem cell' (title, Background), 'MSC' -> msc; 'umbilical cord-derived MSC', 'UC-MSC' -> "
               "umbilical_cord_msc. Arms: 'control group (n = 111)' -> 111, arm 'control group'; the treated group, "
               "printed 'umbilical cord-derived MSC (UC-MSC)-treated group (n = 108)', labelled 'UC-MSC-treated "
               "group': its count 108, the cells in its name, and the next sentence on 'The treated patients' (the "
               "same group): 'three times of UC-MSC infusions' -> sessions 3 and the cells; 'in the UC-MSC group' "
               "(Results, the same group renamed: label kept). Sample size: '219 patients' (whole study). Follow-up: "
               "'the follow-up check period from 13 to 75th months' -> 75 months (its last time point; doubtful: the "
               "range of the patients' follow-up), 'the 75-month follow-up' -> 75 months, 'during 48 weeks of "
               "follow-up' -> 48 weeks (all whole-study: the sentences compare the groups). No route: 'infusion(s)' "
               "alone names none. Traps: 'from October 2010 to October 2017' (calendar dates, no value), 'at 4-week "
               "intervals' (an interval, not a follow-up), 'all of them' (whole study), 'higher ... in the treated "
               "group than the control group' and 'between the treated and control groups' (comparisons: no arm), "
               "albumin/prothrombin/cholinesterase/bilirubin (no contract hormones), 'HBV-related'."),
        layout={"columns": 2, "font": "serif", "journal": "Hepatology International (2021) 15"},
    ),
    RealText(
        id="en_clinical_scrt2022_hucmsc_topical_iv_dfu_pad_three_years", lang="en", kind="clinical", batch=11,
        title="Topical and [[intravenous|r:iv]] administration of [[human umbilical cord mesenchymal stem cells|c:uc]] "
              "in patients with diabetic foot ulcer and peripheral arterial disease: a phase I pilot study with a "
              "[[3-year follow-up|f:3,year]]",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Stem Cell Research & Therapy 13", year=2022, doi="10.1186/s13287-022-03143-0",
        url="https://stemcellres.biomedcentral.com/articles/10.1186/s13287-022-03143-0",
        licence="CC BY 4.0 (BMC, all articles)",
        abstract=(
            "**Background** Diabetic foot ulcer (DFU) is a serious chronic complication of diabetes mellitus that "
            "contributes to 85% of nontraumatic lower extremity amputations in diabetic patients. Preliminary clinical "
            "benefits have been shown in treatments based on [[mesenchymal stem cells|c:msc]] for patients with DFU or "
            "peripheral arterial disease (PAD). However, the long-term safety and benefits are unclear for patients "
            "with both DFU and PAD who are not amenable to surgical revascularization."),
        body=[
            "**Methods** In this phase I pilot study, [[14 patients|n:14]] with PAD and incurable DFU were enrolled to "
            "assess the safety and efficacy of [[human umbilical cord mesenchymal stem cell|c:uc]] "
            "([[hUC-MSC|c:uc]]) administration based on conservative treatments. All patients received topical and "
            "[[intravenous|r:iv]] administrations of [[hUC-MSCs|c:uc]] at a dosage of "
            "[[2 × 10^{5} cells/kg|d:2e5,cells/kg,-]] with an upper limit of 1 × 10^{7} cells for each dose. The "
            "adverse events during treatment and follow-up were documented for safety assessments. The therapeutic "
            "efficacy was assessed by ulcer healing status, recurrence rate, and [[3-year|f:3,year]] amputation-free "
            "rate in the follow-up phase.",
            "**Results** The safety profiles were favorable. Only 2 cases of transient fever were observed within 3 "
            "days after transfusion and considered possibly related to [[hUC-MSC|c:uc]] administration "
            "[[intravenously|r:iv]]. Ulcer disclosure was achieved for more than 95% of the lesion area for all "
            "patients within 1.5 months after treatment. The symptoms of chronic limb ischaemia were alleviated along "
            "with a decrease in Wagner scores, Rutherford grades, and visual analogue scale scores. No direct evidence "
            "was observed to indicate the alleviation of the obstruction in the main vessels of target limbs based on "
            "computed tomography angiography.",
        ],
        notes=("Single-arm phase I pilot study of topical plus intravenous umbilical cord MSCs in diabetic foot ulcer "
               "with peripheral arterial disease, followed three years (clinical, no species): title, Background, "
               "Methods and the first five sentences of the Results from the journal's stored article page, cut at a "
               "sentence end before the copy breaks off; the page prints '2 × 105 cells/kg' and '1 × 107 cells' "
               "(superscripts flattened), written 10^{5} and 10^{7}. Cells: 'mesenchymal stem cells' (Background, "
               "cited treatments) -> msc; 'human umbilical cord mesenchymal stem cell(s)', 'hUC-MSC(s)' -> "
               "umbilical_cord_msc. Routes: 'intravenous' (title, Methods) and 'administration intravenously' -> "
               "intravenous; 'Topical' (applied on the ulcer) is not transdermal delivery: no route. Dose: '2 × 10^5 "
               "cells/kg' -> 2e5 cells/kg, per null; 'an upper limit of 1 × 10^7 cells for each dose' is a bound (no "
               "dose). Sample size: '14 patients'. Follow-up: '3-year follow-up' (title) and 'the 3-year amputation-free "
               "rate in the follow-up phase' -> 3 years (the second an outcome measured at three years; doubtful). No "
               "sessions: 'administrations', 'each dose' state no number. Traps: '85% of nontraumatic ... amputations' "
               "(background statistic), 'Only 2 cases of transient fever' (an outcome count), 'within 3 days after "
               "transfusion' (a window), 'within 1.5 months after treatment' (time to an outcome), 'more than 95% of "
               "the lesion area', 'All patients', Wagner/Rutherford/visual analogue scale (scores, no hormones)."),
        layout={"columns": 1, "font": "serif", "journal": "Stem Cell Research & Therapy (2022) 13"},
    ),
    RealText(
        id="en_clinical_scrt2024_hucmsc_iv_aging_frailty_rct_six_months", lang="en", kind="clinical", batch=11,
        title="Safety and efficacy of [[umbilical cord tissue-derived mesenchymal stem cells|c:uc]] in the treatment "
              "of patients with aging frailty: a phase I/II randomized, double-blind, placebo-controlled study",
        authors="Yingqian Zhu, Ce Huang, Liang Zheng, Qingqing Li, Jianli Ge, ShaSha Geng, Miaomiao Zhai, Xin Chen, "
                "Huixiao Yuan, Yang Li, Wenwen Jia, Keping Sun, Yan Li, Tong Ye, Zhengmei Zhao, Hailiang Liu, Zhongmin "
                "Liu, Hua Jiang",
        journal="Stem Cell Research & Therapy 15:122", year=2024, doi="10.1186/s13287-024-03707-2",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC11057094",
        licence="CC BY 4.0 (BMC, all articles)",
        abstract=(
            "**Background** [[Mesenchymal stem cells|c:msc]] ([[MSCs|c:msc]]) hold a great promise for cell-based "
            "therapy in the field of regenerative medicine. In this study, we aimed to evaluate the safety and efficacy "
            "of [[intravenous infusion|r:iv]] of [[human umbilical cord-derived MSCs|c:uc]] ([[HUC-MSCs|c:uc]]) in "
            "patients with aging frailty."),
        body=[
            "**Methods** In this randomized, double-blind, placebo-controlled trial, participants diagnosed with aging "
            "frailty were randomly assigned to receive [[intravenous|r:iv]] administrations of [[HUC-MSCs|c:uc]] or "
            "placebo. All of serious adverse events and AEs were monitored to evaluate the safety of treatment during "
            "the [[6-month follow-up|f:6,month]]. The primary efficacy endpoint was alteration of physical component "
            "scores (PCS) of SF-36 qualities of life at [[6 months|f:6,month]]. The secondary outcomes including "
            "physical performance tests and pro-inflammatory cytokines, were also observed and compared at each "
            "follow-up visits. All evaluations were performed at 1 week, 1, 2, 3 and [[6 months|f:6,month]] following "
            "the first [[intravenous infusion|r:iv]] of [[HUC-MSCs|c:uc]].",
            "**Results** In the [[MSCs|c:msc#MSCs group]] group, significant improvements in PCS of SF-36 were "
            "observed from first post-treatment visit and sustained throughout the follow-up period, with greater "
            "changes compared to the placebo group (p = 0.042).",
        ],
        notes=("Randomised double-blind placebo-controlled phase I/II trial of intravenous umbilical cord MSCs in "
               "aging frailty (clinical, no species): title, Background, Methods and the first Results sentence from "
               "the stored PubMed Central copy, cut at a sentence end before the copy breaks off. Cells: 'umbilical "
               "cord tissue-derived mesenchymal stem cells' (title), 'human umbilical cord-derived MSCs', 'HUC-MSCs' -> "
               "umbilical_cord_msc; 'Mesenchymal stem cells', 'MSCs' (Background, general, and in 'the MSCs group') -> "
               "msc. Routes: 'intravenous infusion' (twice) and 'intravenous administrations' -> intravenous. "
               "Follow-up: 'the 6-month follow-up', 'at 6 months' (the primary endpoint's time) and the list 'at 1 "
               "week, 1, 2, 3 and 6 months following the first intravenous infusion' (one fact, the last time point) "
               "-> 6 months each (whole study). Arm: 'In the MSCs group' -> its name's 'MSCs', arm 'MSCs group' (the "
               "clause 'with greater changes compared to the placebo group' compares, but the cell name belongs to the "
               "group's name). No sessions: 'administrations' and 'the first intravenous infusion' state no number "
               "(the ordinal implies more infusions without a count; doubtful). No sample size in the passage "
               "('participants'). Traps: 'randomly assigned to receive ... HUC-MSCs or placebo' (groups described by "
               "what they receive: no arm), 'phase I/II', SF-36/PCS (scores), 'from first post-treatment visit' (no "
               "value), 'throughout the follow-up period' (no value), 'p = 0.042'."),
        layout={"columns": 2, "font": "sans", "journal": "Stem Cell Research & Therapy (2024) 15:122"},
    ),
    RealText(
        id="en_animal_scrt2018_hucbmsc_single_vs_repeated_iv_sci_rabbits", lang="en", kind="animal", batch=11,
        title="[[Repeated injections|s:-]] of [[human umbilical cord blood-derived mesenchymal stem cells|c:msc]] "
              "significantly promotes functional recovery in rabbits with spinal cord injury of two noncontinuous "
              "segments",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Stem Cell Research & Therapy 9", year=2018, doi="10.1186/s13287-018-0879-0",
        url="https://stemcellres.biomedcentral.com/articles/10.1186/s13287-018-0879-0",
        licence="CC BY 4.0 (BMC, all articles)",
        species="animal",
        abstract=(
            "**Background** Spinal cord injuries (SCIs) are sustained by an increasing number of patients each year "
            "worldwide. The treatment of SCIs has long been a hard nut to crack for doctors around the world. "
            "[[Mesenchymal stem cells|c:msc@human]] ([[MSCs|c:msc@human]]) have shown benefits for the repair of SCI "
            "and recovery of function. Our present study aims to investigate the effects of "
            "[[intravenously infused|r:iv]] [[human umbilical cord blood-derived MSCs|c:msc]] ([[hUCB-MSCs|c:msc]]) "
            "on functional recovery after subacute spinal cord compression injury of two noncontinuous segments. In "
            "addition, we compared the effects of [[single|s:1]] infusion and [[repeated|s:-]] "
            "[[intravenous (i.v.) injections|r:iv]] on the recovery of spinal cord function."),
        body=[
            "**Methods** A total of 43 adult rabbits were randomly divided into four groups: control, "
            "[[single injection|s:1]] (SI), [[repeated injection|s:-]] at a 3-day (3RI) or "
            "[[repeated injection|s:-]] at a 7-day interval (7RI) groups. Non-immunosuppressed rabbits in the "
            "transplantation groups were infused with either a [[single|s:1]] complete dose or [[three|s:3]] divided "
            "doses of [[2 × 10^{6}|d:2e6,cells,-]] [[hUCB-MSCs|c:msc]] (3-day or 7-day intervals) on the first day "
            "post decompression. Behavioural scores and somatosensory evoked potentials (SEPs) were used to evaluate "
            "hindlimb functional recovery. The survival and differentiation of the transplanted human cells and the "
            "activation of the host glial and inflammatory reaction in the injured spinal cord were studied by "
            "immunohistochemical staining.",
            "**Results** Our results showed that [[hUCB-MSCs|c:msc]] survived, proliferated, and primarily "
            "differentiated into oligodendrocytes in the injured area.",
        ],
        notes=("Rabbit study of human umbilical cord blood MSCs given intravenously once or in three divided doses "
               "after spinal cord compression (a named species other than mouse or rat: species 'animal', the entry's "
               "default): title, Background, Methods and the first Results sentence from the journal's stored article "
               "page, cut at a sentence end before the copy breaks off; the page prints '2 × 106 hUCB-MSCs' "
               "(superscript flattened), written 2 × 10^{6}. The sentence on what MSCs have shown in general carries no "
               "species. Cells: MSCs from cord blood -> msc, as en_animal_bmrat_ucbmsc_iv_pancreas_diabetic_mice "
               "decided (not umbilical_cord_msc, which is cord tissue, nor umbilical_cord_blood_cell; doubtful): "
               "'human umbilical cord blood-derived mesenchymal stem cells', 'human umbilical cord blood-derived MSCs', "
               "'hUCB-MSCs'; 'the transplanted human cells' names none. Routes: 'intravenously infused', 'intravenous "
               "(i.v.) injections' (a phrase and its bracketed restatement: one fact) -> intravenous; 'were infused' "
               "alone names none. Sessions, per mention: 'Repeated injections' (title), 'repeated intravenous "
               "injections', 'repeated injection at a 3-day (3RI)' and '... at a 7-day interval (7RI)' -> count null; "
               "'single infusion', 'single injection (SI)', 'a single complete dose' -> 1; 'three divided doses' -> 3. "
               "No arms: the four groups are listed before one head word ('control, single injection (SI), ... (7RI) "
               "groups') without counts, and 'either a single complete dose or three divided doses' gives values "
               "without counts or 'respectively'. Dose: '2 × 10^6 hUCB-MSCs' -> 2e6 cells (the total, given once or "
               "divided), per null. Traps: 'A total of 43 adult rabbits', 'four groups' (animals, no sample size), "
               "'an increasing number of patients' (no count), '3-day or 7-day intervals' (intervals), 'on the first "
               "day post decompression' (the time of the first dose), 'two noncontinuous segments' (no count of "
               "anything given), 'Non-immunosuppressed'."),
        layout={"columns": 1, "font": "sans", "journal": "Stem Cell Research & Therapy (2018) 9"},
    ),
    RealText(
        id="en_animal_scrt2019_bmsc_electroacupuncture_thin_endometrium_rats", lang="en", kind="animal", batch=11,
        title="The synergistic effect of electroacupuncture and [[bone mesenchymal stem cell|c:bm]] transplantation on "
              "repairing thin endometrial injury in rats",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Stem Cell Research & Therapy 10", year=2019, doi="10.1186/s13287-019-1326-6",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC6686409",
        licence="CC BY 4.0 (BMC, all articles)",
        species="rat",
        abstract=(
            "**Background** Tissue regeneration disorder after endometrial injury is an important cause of "
            "intrauterine adhesions, amenorrhea, and infertility in women. Both "
            "[[bone marrow mesenchymal stem cell|c:bm@human]] ([[BMSC|c:bm@human]]) transplantation and "
            "electroacupuncture (EA) are promising therapeutic applications for endometrial injury. This study "
            "examined their combined effects on thin endometrium in rats and the possible mechanisms underlying these "
            "effects."),
        body=[
            "**Methods** A thin endometrial model was established in Sprague-Dawley (SD) rats by perfusing 95% ethanol "
            "into the right side of the uterus. The wounds were randomly treated with PBS (model group), "
            "[[BMSCs|c:bm#BMSC group]] only ([[BMSC|c:bm#BMSC group]] group), EA only (EA group), and "
            "[[BMSCs|c:bm#BMSC + EA group]] combined with EA ([[BMSC|c:bm#BMSC + EA group]] + EA group). Endometrial "
            "morphological alterations were observed by hematoxylin and eosin (H&E) staining. Changes in markers of "
            "epithelial and stromal endometrium cells, endometrial receptivity-related chemokines, and paracrine "
            "factors were detected using immunohistochemistry, western blotting, and quantitative reverse-transcription "
            "polymerase chain reaction (qRT-PCR). Finally, the functional recovery of the uterus was evaluated by "
            "determining the rate of embryo implantation.",
            "**Results** As shown by endometrial morphology, the damaged uteri in all the treatment groups recovered to "
            "some extent, with the best effects observed in the [[BMSC|c:bm]] + EA group. Further studies showed that "
            "EA promoted the migration of transplanted [[BMSCs|c:bm]] to damaged uteri by activating the stromal "
            "cell-derived factor-1/C-X-C chemokine receptor type 4 (SDF-1/CXCR4) axis. As compared with the other "
            "groups, upregulated expression of endometrial cytokeratin and vimentin, increased secretion of vascular "
            "endothelial growth factor (VEGF) and basic fibroblast growth factor (bFGF) in endometrial lesions, and "
            "improved embryo implantation rates on the 8th day of pregnancy were found in the [[BMSC|c:bm]] + EA "
            "group.",
        ],
        notes=("Rat study of bone marrow MSCs with electroacupuncture in an ethanol thin-endometrium model (species "
               "rat): title from the journal's stored article page, Background, Methods and Results of the abstract "
               "from the stored PubMed Central copy, cut before the Conclusions, which break off in the copy. A text "
               "with four named groups and few contract facts. The Background's first statement on BMSC "
               "transplantation in general carries no species. Cells: 'bone mesenchymal stem cell' (title), 'bone "
               "marrow mesenchymal stem cell', 'BMSC', 'BMSCs' -> bone_marrow_msc, per mention. Arms: 'BMSCs only "
               "(BMSC group)' and 'BMSCs combined with EA (BMSC + EA group)' -> the cells each group received and the "
               "'BMSC' in each group's name carry arm 'BMSC group' or 'BMSC + EA group'; 'PBS (model group)' and 'EA "
               "only (EA group)' have no fact. In the Results the 'BMSC + EA group' is named only in comparisons ('with "
               "the best effects observed in', 'As compared with the other groups ... were found in'): no arm there "
               "(doubtful: the guide gives a group's name its cell type wherever it is named, and comparisons no arm). "
               "No route: the model's 'perfusing 95% ethanol into the right side of the uterus' and the unstated cell "
               "delivery. Traps: '95% ethanol' (a concentration), 'on the 8th day of pregnancy' (counted from "
               "mating, not follow-up), 'all the treatment groups', 'the other groups', VEGF/bFGF/SDF-1/CXCR4 "
               "(factors, no hormones), 'electroacupuncture (EA)' (no cell therapy, no dose)."),
        layout={"columns": 2, "font": "serif", "journal": "Stem Cell Research & Therapy (2019) 10"},
    ),
    # English texts, twelfth batch
    RealText(
        id="en_clinical_bmcmsd2023_ucmsc_repeated_intraarticular_knee_oa", lang="en", kind="clinical", batch=12,
        title="[[Repeated intra-articular injections|s:-]] of [[umbilical cord-derived mesenchymal stem cells|c:uc]] "
              "for knee osteoarthritis: a phase I, single-arm study",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="BMC Musculoskeletal Disorders", year=2023, doi="10.1186/s12891-023-06555-y",
        url="https://bmcmusculoskeletdisord.biomedcentral.com/articles/10.1186/s12891-023-06555-y",
        licence="CC BY 4.0 (BMC, all articles)",
        abstract=(
            "**Introduction** Stem cell therapy has emerged as an effective treatment for multiple diseases, and some "
            "studies also demonstrate that it may be a promising treatment for osteoarthritis (OA). However, few "
            "studies have clarified the safety of [[repeated intra-articular injection|s:-]] of "
            "[[human umbilical cord-derived mesenchymal stem cells|c:uc]] ([[UC-MSCs|c:uc]]). To promote its "
            "application in treating OA, we conducted an open-label trial to investigate the safety of "
            "[[repeated intra-articular injections|s:-]] of [[UC-MSCs|c:uc]]."),
        body=[
            "**Methods** [[Fourteen patients|n:14]] with OA (Kellgrene-Lawrence grade 2 or 3) who received "
            "[[repeated intra-articular injections|s:-]] of [[UC-MSCs|c:uc]] were evaluated in "
            "[[three months of follow-up|f:3,month]]. The primary outcomes were the adverse events, and the second "
            "outcomes included visual analog scale (VAS), Western Ontario and McMaster Universities Osteoarthritis "
            "Index (WOMAC), Magnetic Resonance Observation of Cartilage Repair Tissue (MOCART) scores and SF-12 "
            "quality of life score.",
            "**Results** A total of 5 of 14 patients (35.7%) experienced transient adverse reactions, which resolved "
            "spontaneously. All patients showed some improvement in knee function limitation and pain after receiving "
            "stem cell therapy. VAS score 6.0 to 3.5, WOMAC score 26.0 to 8.5, MOCART score 42.0 to 58.0, SF-12 score "
            "39.0 to 46.0.",
            "**Conclusion** [[Repeated intra-articular injection|s:-]] of [[UC-MSCs|c:uc]] demonstrates safety in "
            "treating OA and does not induce serious adverse events. This treatment may transiently improve symptoms "
            "in patients with knee OA and may be a potential therapeutic option for OA.",
        ],
        notes=("Open-label single-arm phase I trial of repeated intra-articular umbilical cord MSC injections in knee "
               "osteoarthritis (clinical, no species): title and the whole abstract from the journal's stored article "
               "page. Cells: 'umbilical cord-derived mesenchymal stem cells' (title), 'human umbilical cord-derived "
               "mesenchymal stem cells', 'UC-MSCs' (four times) -> umbilical_cord_msc; 'Stem cell therapy', 'stem cell "
               "therapy' name no cell type. Sessions: 'Repeated intra-articular injection(s)' (title, Introduction "
               "twice, Methods, Conclusion) -> count null, per mention; the route word sits inside the sessions "
               "phrase because intra-articular has no contract id and so is no route mark (no overlap). Sample size: "
               "'Fourteen patients' -> 14 (whole study). Follow-up: 'three months of follow-up' -> 3 months. Traps: "
               "'A total of 5 of 14 patients (35.7%)' (an outcome count; its 14 restates the sample, left unmarked, "
               "doubtful), 'All patients', 'Kellgrene-Lawrence grade 2 or 3' (a grade), 'phase I', VAS/WOMAC/MOCART/"
               "SF-12 score changes (scores, no hormones), 'intra-articular' (no route id), 'multiple diseases'."),
        layout={"columns": 2, "font": "serif", "journal": "BMC Musculoskeletal Disorders (2023)"},
    ),
    RealText(
        id="en_clinical_bmcped2017_bmmnc_two_administrations_cerebral_palsy", lang="en", kind="clinical", batch=12,
        title="Outcomes of autologous bone marrow mononuclear cells for cerebral palsy: an open label uncontrolled "
              "clinical trial",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="BMC Pediatrics 17", year=2017, doi="10.1186/s12887-017-0859-z",
        url="https://bmcpediatr.biomedcentral.com/articles/10.1186/s12887-017-0859-z",
        licence="CC BY 4.0 (BMC, all articles; 'Open access' on the stored page)",
        abstract=(
            "**Background** Stem cell therapy has emerged as a promising method for improving motor function of "
            "patients with cerebral palsy. The aim of this study is to assess the safety and effectiveness of "
            "autologous bone marrow mononuclear stem cell transplantation in patients with cerebral palsy related to "
            "oxygen deprivation."),
        body=[
            "**Methods** An open label uncontrolled clinical trial was carried out at Vinmec International Hospital. "
            "The intervention consisted of [[two administrations|s:2]] of stem cells, the first at baseline and the "
            "second 3 months later. Improvement was monitored at 3 months and [[6 months|f:6,month]] after the first "
            "administration of stem cells, using the Gross Motor Function Measure (GMFM) and Modified Ashworth Score "
            "which measures muscle tone.",
            "**Results** No severe complications were recorded during the study. After transplantation, 12 patients "
            "encountered fever without infections and 9 patients experienced vomiting which was easily managed with "
            "medications. Gross motor function was markedly improved 3 months or [[6 months|f:6,month]] after stem "
            "cell transplantation than at baseline. The post-transplantation GMFM-88 total score, each of its domains "
            "and the GMFM-66 percentile were all significantly higher (p-value < 0.001). Muscle spasticity also "
            "reduced significantly after transplantation (p-value < 0.001). The therapy was equally effective "
            "regardless of sex, age and GMFCS level (p-value > 0.05).",
            "**Conclusion** Autologous bone marrow mononuclear cell transplantation appears to be a safe and "
            "effective therapy for patients with cerebral palsy.",
        ],
        notes=("Open-label uncontrolled trial of two administrations of autologous bone marrow mononuclear cells in "
               "children with cerebral palsy (clinical, no species): title and the whole abstract (without the trial "
               "registration line) from the journal's stored article page. A text with few contract facts. No cell "
               "type: bone marrow mononuclear cells have no canonical id (not bone_marrow_msc), and 'stem cells' / "
               "'Stem cell therapy' alone are none. No route: the abstract does not say how the cells were given. "
               "Sessions: 'two administrations' -> 2; 'the first at baseline and the second 3 months later' and 'the "
               "first administration' are ordinals of the counted sessions (no fact). Follow-up: the list 'at 3 "
               "months and 6 months after the first administration' -> one fact, the last time point, 6 months; "
               "'3 months or 6 months after stem cell transplantation' (times an outcome was measured) -> again one "
               "fact, 6 months. Traps: 'the second 3 months later' (an interval between doses, not follow-up), '12 "
               "patients encountered fever', '9 patients experienced vomiting' (outcome counts, no sample size; the "
               "abstract states no enrolment), GMFM/GMFCS scores, p-values, 'regardless of sex, age'."),
        layout={"columns": 1, "font": "sans", "journal": "BMC Pediatrics (2017) 17"},
    ),
    RealText(
        id="en_animal_ejmr2022_rbmsc_exo_caudal_vein_nephrectomy_rats", lang="en", kind="animal", batch=12,
        title="[[BMSC|c:bm]]-derived [[exosomes|c:ev]] protect against kidney injury through regulating klotho in "
              "5/6 nephrectomy rats",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="European Journal of Medical Research 27", year=2022, doi="10.1186/s40001-022-00742-8",
        url="https://eurjmedres.biomedcentral.com/articles/10.1186/s40001-022-00742-8",
        licence="CC BY 4.0 (BMC, all articles)",
        species="rat",
        abstract=(
            "**Aim** The aim of this study was to investigate the renoprotective effects of [[exosomes|c:ev]] derived "
            "from [[rat bone marrow mesenchymal stem cells|c:bm]] ([[rBMSCs|c:bm]]) in a rat model of 5/6 "
            "nephrectomy (Nx)-induced chronic kidney disease (CKD)."),
        body=[
            "**Methods** A rat model of 5/6 Nx-induced CKD was established using conventional method. "
            "[[rBMSC|c:bm]]-derived [[exosomes|c:ev]] were isolated using ultracentrifugation and characterized. The "
            "[[exosomes|c:ev]] were injected into 5/6 Nx rats through the [[caudal vein|r:iv]]. After "
            "[[12 weeks|f:12,week]], 24 h proteinuria, serum creatinine (SCr), and blood urea nitrogen (BUN) levels "
            "were evaluated, and renal pathology was analyzed by H&E and Masson staining, and transmission electron "
            "microscopy. The expression of klotho was analyzed and the activity of the klotho promoter was evaluated "
            "using a luciferase reporter assay.",
            "**Results** The isolated [[exosomes|c:ev]] showed typical morphological features. [[Exosomes|c:ev]] "
            "transplantation reduced 24 h urinary protein excretion, and SCr and BUN levels in 5/6 Nx-induced CKD "
            "rats. Furthermore, renal pathology was improved in the [[exosome|c:ev]]-treated 5/6 Nx rats. "
            "Mechanistically, the [[exosomes|c:ev]] significantly upregulated the activity of klotho promoter and its "
            "expression.",
            "**Conclusions** Transplantation of [[rBMSC|c:bm]]-derived [[exosomes|c:ev]] may protect against kidney "
            "injury, probably by regulating klotho activity and expression. Our results provide a theoretical basis "
            "for the application of [[rBMSC|c:bm@human]]-derived [[exosomes|c:ev@human]] in CKD therapy.",
        ],
        notes=("Rat study of bone marrow MSC-derived exosomes given through the tail vein after 5/6 nephrectomy "
               "(species rat): title and the whole abstract from the journal's stored article page. Cells, per "
               "mention: 'BMSC-derived exosomes', 'rBMSC-derived exosomes' -> two mentions each (bone_marrow_msc, "
               "extracellular_vesicle); 'rat bone marrow mesenchymal stem cells', 'rBMSCs' -> bone_marrow_msc; "
               "'exosomes', 'Exosomes', 'the exosome-treated ... rats' -> extracellular_vesicle. The last sentence "
               "(the clinical promise 'in CKD therapy') carries no species. Route: 'through the caudal vein' -> "
               "intravenous (caudal vein = tail vein), span 'caudal vein'. Follow-up: 'After 12 weeks, ... were "
               "evaluated' -> 12 weeks (read as counted from the injection; the abstract does not say whether from "
               "the injection or the nephrectomy: doubtful). No sessions (the number of injections is not stated), no "
               "dose. Traps: '5/6 nephrectomy' (a fraction, not a dose), '24 h proteinuria' (a collection period, not "
               "follow-up), SCr/BUN (no hormones), 'A rat model' (model, no sample size)."),
        layout={"columns": 2, "font": "sans", "journal": "European Journal of Medical Research (2022) 27"},
    ),
    RealText(
        id="en_animal_jtm2014_erc_iv_three_days_dss_colitis_mice", lang="en", kind="animal", batch=12,
        title="[[Endometrial regenerative cells|c:men]] as a novel cell therapy attenuate experimental colitis in mice",
        authors="Yongcheng Lv, Xiaoxi Xu, Bai Zhang, Guangying Zhou, Hongyue Li, Caigan Du, Hongqiu Han, Hao Wang",
        journal="Journal of Translational Medicine 12:344", year=2014, doi="10.1186/s12967-014-0344-5",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC4269937",
        licence="CC BY 4.0 (BMC, all articles; 'Open Access' printed on the stored copy of the article)",
        species="mouse",
        abstract=(
            "**Background** [[Endometrial regenerative cells|c:men@human]] ([[ERCs|c:men@human]]) are "
            "mesenchymal-like stem cells that can be non-invasively obtained from menstrual blood and are easily grown "
            "/generated at a large scale without tumorigenesis. We previously reported that [[ERCs|c:men@human]] "
            "exhibit unique immunoregulatory properties in vitro, however their immunosuppressive potential in "
            "protecting the colon from colitis has not been investigated. The present study was undertaken to "
            "determine the efficacy of [[ERCs|c:men]] in mediating immunomodulatory functions against colitis."),
        body=[
            "**Methods** Colitis was induced by 4% dextran-sulfate-sodium (DSS, in drinking water) in BALB/c mice for "
            "7 days. [[ERCs|c:men]] were cultured from healthy female menstrual blood, and injected "
            "([[1 million|d:1e6,cells,-]]/mouse/day, [[i.v.|r:iv]]) into mice on days 2, 5, and 8 following colitis "
            "induction. Colonic and splenic tissues were collected on day 14 post-DSS-induction. Clinical signs, "
            "disease activity index (DAI), pathological and immunohistological changes, cytokine profiles and cell "
            "populations were evaluated.",
            "**Results** DSS-induced mice in untreated group developed severe colitis, characterized by body-weight "
            "loss, bloody stool, diarrhea, mucosal ulceration and colon shortening, as well as pathological changes of "
            "intra-colon cell infiltrations of neutrophils and Mac-1 positive cells. Notably, [[ERCs|c:men]] "
            "attenuated colitis with significantly reduced DAI, decreased levels of intra-colon IL-2 and TNF-α, but "
            "increased expressions of IL-4 and IL-10. Compared with those of untreated colitis mice, splenic dendritic "
            "cells isolated from [[ERC|c:men]]-treated mice exhibited significantly decreased MHC-II expression. "
            "[[ERC|c:men]]-treated mice also demonstrated much less CD3+CD25+ active T cell and CD3+CD8+ T cell "
            "population and significantly higher level of CD4+CD25+Foxp3+ Treg cells.",
            "**Conclusions** This study demonstrated novel anti-inflammatory and immunosuppressive effects of "
            "[[ERCs|c:men]] in attenuating colitis in mice, and suggested that the unique features of "
            "[[ERCs|c:men@human]] make them a promising therapeutic tool for the treatment of ulcerative colitis.",
        ],
        notes=("Mouse study of menstrual-blood endometrial regenerative cells given intravenously on three days in DSS "
               "colitis (species mouse): title from the stored journal copy, the whole abstract from the stored PubMed "
               "Central copy (which breaks off in the last words of the Conclusions; the end of that sentence, 'for "
               "the treatment of ulcerative colitis.', as printed in another stored copy of the abstract). Cells: "
               "'Endometrial regenerative cells', 'ERCs', 'ERC' (also in 'ERC-treated mice') -> menstrual_blood_msc "
               "(the text defines them as mesenchymal-like stem cells obtained from menstrual blood; no separate id; "
               "doubtful), per mention. The Background's definition and the in-vitro statement, and the closing "
               "clinical promise, carry no species; the study's aim and the mouse results carry mouse. "
               "'mesenchymal-like stem cells' describes ERCs (no msc mark). Dose: '1 million/mouse/day' -> 1e6 cells "
               "on '1 million' (per mouse: per null). Route: 'i.v.' -> intravenous. No sessions: 'on days 2, 5, and "
               "8' is a schedule whose count (three) is not stated. No follow-up: 'on day 14 post-DSS-induction' is "
               "counted from the model, not from the cells, and 'for 7 days' is the model's duration. Traps: '4% "
               "dextran-sulfate-sodium (DSS, in drinking water)' (a concentration, oral: no dose, no route), IL-2/"
               "TNF-α/IL-4/IL-10/MHC-II (no hormones), 'untreated group' (no count), 'at a large scale'."),
        layout={"columns": 2, "font": "serif", "journal": "Journal of Translational Medicine (2014) 12:344"},
    ),
    RealText(
        id="en_animal_fvets2023_autologous_msc_second_dose_iv_245_dogs", lang="en", kind="animal", batch=12,
        title="Efficacy of autologous [[mesenchymal stromal cell|c:msc]] treatment for chronic degenerative "
              "musculoskeletal conditions in dogs: A retrospective study",
        authors="Andrew J. Armitage, Joanna M. Miller, Tim H. Sparks, Alex E. Georgiou, Jacqueline Reid",
        journal="Frontiers in Veterinary Science 9:1014687", year=2023, doi="10.3389/fvets.2022.1014687",
        url="https://www.frontiersin.org/articles/10.3389/fvets.2022.1014687/full",
        licence="CC BY 4.0 (Frontiers, all articles)",
        species="animal",
        abstract=(
            "**Introduction:** The objective of this study was to retrospectively analyze clinical data from a "
            "referral regenerative medicine practice, to investigate the efficacy of autologous "
            "[[mesenchymal stromal cells|c:msc]] ([[MSC|c:msc]]) in 245 dogs deemed unresponsive to conventional "
            "treatment by their referring vet."),
        body=[
            "**Methods:** Diagnostic imaging [radiology and musculoskeletal ultrasound (MSK-US)] identified "
            "musculoskeletal pathology holistically. [[MSCs|c:msc]], produced according to current guidelines, were "
            "initially administered with PRP by targeted injection to joints and/or tendons, with a "
            "[[second|s:2]] [[MSC|c:msc]] monotherapy administered 12 weeks later to dogs with severe pathology "
            "and/or previous elbow arthroscopic interventions. Dogs with lumbosacral disease received epidural "
            "[[MSCs|c:msc]] with additional [[intravenous|r:iv]] [[MSCs|c:msc]] administered to dogs with spondylosis "
            "of the cervical, thoracic and lumbar spine. All dogs received laser therapy at 10 J/cm2 at the time of "
            "treatment and for 5 sessions thereafter. Objective outcome measures (stance analysis, range of joint "
            "motion, pressure algometry) and validated subjective outcome measures (owner reported VetMetrica HRQL™ "
            "and veterinary pain and quality of life impact scores) were used to investigate short and long-term "
            "([[6–104 weeks|f:104,week]]) efficacy. Outcome data were collected at predetermined time windows (0–6, "
            "7–12, 13–18, 19–24, 25–48, 49–78, [[79–104) weeks|f:104,week]] after initial treatment.",
        ],
        notes=("Retrospective veterinary study of autologous MSCs in dogs with degenerative musculoskeletal disease (a "
               "named species other than mouse or rat: species 'animal', the entry's default): title from the "
               "journal's stored page, Introduction and Methods of the abstract from the stored copies (journal page "
               "and its OUCI record, which has the last Methods sentence), cut before the Results, which break off in "
               "the copies. Cells: 'mesenchymal stromal cell(s)', 'MSC', 'MSCs' -> msc, per mention (also 'epidural "
               "MSCs'). Route: 'intravenous MSCs' -> intravenous; 'targeted injection to joints and/or tendons' and "
               "'epidural' have no contract id. Sessions: 'a second MSC monotherapy' -> 2 (an ordinal, and the text "
               "states no count of MSC administrations; given to a subgroup described by its pathology, not a named "
               "arm: no arm). Follow-up: 'short and long-term (6–104 weeks)' -> one fact, the upper end 104 weeks (as "
               "'from 13 to 75th months' is marked on its end; doubtful); the list of time windows '(0–6, ..., 79–104) "
               "weeks after initial treatment' -> one fact, the last window's end, 104 weeks, marked on '79–104) "
               "weeks' (the bracket closes the list inside the span; doubtful). Traps: '245 dogs' (animals, no sample "
               "size), '12 weeks later' (an interval between doses), 'laser therapy ... for 5 sessions thereafter' "
               "(sessions of an adjunct physical therapy, not of the cells: no fact, doubtful), '10 J/cm2' (an energy "
               "density, no dose unit), 'with PRP' (no cell type), 'initial treatment' (no count)."),
        layout={"columns": 1, "font": "sans", "journal": "Frontiers in Veterinary Science (2023) 9:1014687"},
    ),
    RealText(
        id="en_clinical_fbl2021_msc_one_to_four_intrathecal_als", lang="en", kind="clinical", batch=12,
        title="A phase II clinical trial with [[repeated intrathecal injections|s:-]] of autologous "
              "[[mesenchymal stem cells|c:msc]] in patients with amyotrophic lateral sclerosis",
        authors="(author list not shown in the stored copy; corresponding author Dimitrios Karussis)",
        journal="Frontiers in Bioscience (Landmark Edition) 26(10):693-706", year=2021, doi="10.52586/4980",
        url="https://www.imrpress.com/journal/fbl/26/10/10.52586/4980",
        licence="CC BY 4.0 (printed on the stored page: 'This is an open access article under the CC BY 4.0 license')",
        abstract=(
            "**Background:** [[Mesenchymal stem cells|c:msc]] ([[MSC|c:msc]]) were shown to induce beneficial "
            "effects in animal models of neurodegeneration and in pilot human trials in multiple sclerosis and "
            "amyotrophic lateral sclerosis (ALS). **Aim:** An open-label, clinical trial to evaluate the safety and "
            "efficacy of [[repeated intrathecal administrations|s:-]] of autologous-[[MSC|c:msc]] in ALS-patients."),
        body=[
            "**Methods:** The study included [[20 subjects|n:20]] (age: 20–70) with definite diagnosis of ALS and "
            "Amyotrophic Lateral Sclerosis Functional Rating Scale Revised (ALSFRS-R) score of >20. The patients were "
            "treated with [[1–4 intrathecal injections|s:-]] of [[MSC|c:msc]], at intervals of 3–6 months. The "
            "primary endpoints were safety and tolerability. Efficacy measurements including ALSFRS-R score and "
            "forced vital capacity (FVC), were assessed as secondary endpoints. **Results:** No serious adverse "
            "events were observed during the whole period of the trial. One patient withdrew from the study before "
            "the first injection. The monthly rate of progression in ALSFRS-R was ameliorated by more than 25% in "
            "15/19 patients between the 1st and 2nd injection (mean improvement of 107.1%); in 11/12 between the 2nd "
            "and 3rd injection and in 8/10 between the 3rd and 4th injection.",
            "**Conclusion:** The results of our study show that [[repeated intrathecal injections|s:-]] of "
            "autologous [[MSC|c:msc]] was safe in patients with ALS and provide indications of medium-term clinical "
            "benefits that were related to the intervals between the administrations of the cells. Larger studies "
            "are needed to confirm these observations.",
        ],
        notes=("Open-label phase II trial of one to four intrathecal injections of autologous MSCs in ALS (clinical, no "
               "species): title, Background, Aim, Methods, the first three Results sentences and the Conclusion from "
               "the publisher's stored pages; the Results sentences after '... between the 3rd and 4th injection.' "
               "are left out because the stored copies lose their comparison signs ('a 25% improvement', 'p "
               "0.0038'), so the passage jumps from the Results to the Conclusion at sentence ends. Cells: "
               "'mesenchymal stem cells', 'Mesenchymal stem cells', 'MSC' (five times, also in 'autologous-MSC') -> "
               "msc. The Background's sentence on animal models and pilot human trials has no species (a clinical "
               "paper; the animals are not named). Sessions: 'repeated intrathecal injections' (title, Conclusion), "
               "'repeated intrathecal administrations' -> count null; '1–4 intrathecal injections' -> count null (a "
               "range of counts per patient, no single number; doubtful: the upper end 4 could be read); the "
               "ordinals 'the first injection', 'the 1st and 2nd injection', 'the 2nd and 3rd', 'the 3rd and 4th' "
               "refer to the counted injections (no facts). The route words sit inside the sessions spans: "
               "intrathecal has no contract id. Sample size: '20 subjects' -> 20. Traps: 'age: 20–70', 'ALSFRS-R "
               "score of >20' (a threshold), 'at intervals of 3–6 months' (intervals, no follow-up), 'One patient "
               "withdrew', '15/19 patients', '11/12', '8/10' (outcome counts), 'more than 25%', '107.1%', "
               "'medium-term' (no value), 'phase II'."),
        layout={"columns": 2, "font": "sans", "journal": "Frontiers in Bioscience-Landmark (2021) 26(10)"},
    ),
    RealText(
        id="en_clinical_jtm2013_cbmnc_ucmsc_four_infusions_autism_three_groups", lang="en", kind="clinical", batch=12,
        title="Transplantation of [[human cord blood mononuclear cells|c:ucb]] and "
              "[[umbilical cord-derived mesenchymal stem cells|c:uc]] in autism",
        authors="Yong-Tao Lv, Yun Zhang, Min Liu, Jia-na-ti Qiuwaxi, Paul Ashwood, Sungho Charles Cho, Ying Huan, "
                "Ru-Cun Ge, Xing-Wang Chen, Zhao-Jing Wang, Byung-Jo Kim, Xiang Hu",
        journal="Journal of Translational Medicine 11:196", year=2013, doi="10.1186/1479-5876-11-196",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC3765833",
        licence="CC BY 2.0 (BMC, all articles; 'Open Access' printed on the stored journal page)",
        abstract=(
            "**Background** Autism is a pervasive neurodevelopmental disorder. At present there are no defined "
            "mechanisms of pathogenesis and therapy is mostly limited to behavioral interventions. Stem cell "
            "transplantation may offer a unique treatment strategy for autism due to immune and neural dysregulation "
            "observed in this disease. This non-randomized, open-label, single center phase I/II trial investigated "
            "the safety and efficacy of combined transplantation of [[human cord blood mononuclear cells|c:ucb]] "
            "([[CBMNCs|c:ucb]]) and [[umbilical cord-derived mesenchymal stem cells|c:uc]] ([[UCMSCs|c:uc]]) in "
            "treating children with autism."),
        body=[
            "**Methods** [[37 subjects|n:37]] diagnosed with autism were enrolled into this study and divided into "
            "three groups: [[CBMNC|c:ucb#CBMNC group]] group ([[14 subjects|n:14#CBMNC group]], received "
            "[[CBMNC|c:ucb#CBMNC group]] transplantation and rehabilitation therapy), Combination group "
            "([[9 subjects|n:9#Combination group]], received both [[CBMNC|c:ucb#Combination group]] and "
            "[[UCMSC|c:uc#Combination group]] transplantation and rehabilitation therapy), and Control group "
            "([[14 subjects|n:14#Control group]], received only rehabilitation therapy). Transplantations included "
            "[[four stem cell infusions|s:4]] through [[intravenous|r:iv]] and intrathecal injections once a week. "
            "Treatment safety was evaluated with laboratory examinations and clinical assessment of adverse effects. "
            "The Childhood Autism Rating Scale (CARS), Clinical Global Impression (CGI) scale and Aberrant Behavior "
            "Checklist (ABC) were adopted to assess the therapeutic efficacy at baseline (pre-treatment) and "
            "following treatment.",
        ],
        notes=("Non-randomised open-label phase I/II trial of cord blood mononuclear cells with or without umbilical "
               "cord MSCs in children with autism, three groups (clinical, no species): title, Background and Methods "
               "from the stored PubMed Central copy, cut before the Results, which break off in the copy. Cells: "
               "'human cord blood mononuclear cells', 'CBMNCs', 'CBMNC' -> umbilical_cord_blood_cell; 'umbilical "
               "cord-derived mesenchymal stem cells', 'UCMSCs', 'UCMSC' -> umbilical_cord_msc; 'Stem cell "
               "transplantation' and 'stem cell infusions' name none. Sample size: '37 subjects' -> 37 (whole study). "
               "Arms, each named with its head word and its count: 'CBMNC group (14 subjects, received CBMNC "
               "transplantation ...)' -> the 'CBMNC' in its name, its count and the cells it received carry arm "
               "'CBMNC group'; 'Combination group (9 subjects, received both CBMNC and UCMSC transplantation ...)' -> "
               "count and both cell types, arm 'Combination group'; 'Control group (14 subjects, ...)' -> its count, "
               "arm 'Control group'. Sessions: 'four stem cell infusions' -> 4 ('Transplantations' of both treated "
               "groups: no arm). Route: 'intravenous' -> intravenous (intrathecal has no contract id). Traps: 'once a "
               "week' (a frequency; the count is stated separately), 'three groups' (a count of groups), 'phase I/II', "
               "'single center', 'at baseline (pre-treatment) and following treatment' (no value), "
               "'rehabilitation therapy' (no cells)."),
        layout={"columns": 2, "font": "serif", "journal": "Journal of Translational Medicine (2013) 11:196"},
    ),
    RealText(
        id="en_clinical_etm2016_ucmsc_infusion_ulcerative_colitis_two_groups", lang="en", kind="clinical", batch=12,
        title="Safety and therapeutic effect of [[mesenchymal stem cell|c:msc]] infusion on moderate to severe "
              "ulcerative colitis",
        authors="Jianxia Hu, Gang Zhao, Lize Zhang, Cuixia Qiao, Aiping Di, Hong Gao, Hong Xu",
        journal="Experimental and Therapeutic Medicine 12(5):2983-2989", year=2016, doi="10.3892/etm.2016.3724",
        url="https://www.spandidos-publications.com/10.3892/etm.2016.3724",
        licence=("CC BY (printed on the stored page: 'This is an open access article distributed under the terms of "
                 "Creative Commons Attribution License')"),
        abstract=(
            "One of the primary targets of the clinical treatment of ulcerative colitis (UC) is to repair the damaged "
            "colonic mucosa. [[Mesenchymal stem cells|c:msc]] ([[MSCs|c:msc]]) have therapeutic potential in "
            "regenerative medicine due to their differentiation capacity and their secretion of numerous bioactive "
            "molecules. The present study describes a clinical trial (trial registration no. NCT01221428) "
            "investigating the safety and therapeutic effect of [[MSCs derived from human umbilical cord|c:uc]] on "
            "moderate to severe UC. [[Thirty-four patients|n:34#group I]] with UC were included in group I and "
            "treated with [[MSC|c:msc#group I]] infusion in addition to the base treatment, and "
            "[[thirty-six patients|n:36#group II]] were in group II and treated with normal saline in addition to the "
            "base treatment. [[One month|f:1,month#group I]] after therapy, 30/36 patients in group I showed good "
            "response, and diffuse and deep ulcer formation and severe inflammatory mucosa were improved markedly. "
            "During the follow up, the median Mayo score and histology score in group I were decreased while IBDQ "
            "scores were significantly improved compared with before treatment and group II (P<0.05). Compared with "
            "group II, there were no evident adverse reactions after [[MSC|c:msc#group I]] infusion in any of the "
            "patients in group I, and no chronic side effects or lingering effects appeared during the follow-up "
            "period."),
        notes=("Controlled clinical trial of umbilical cord MSC infusion added to base treatment in ulcerative colitis, "
               "two groups (clinical, no species): title and abstract from the publisher's stored page, which prints "
               "the licence line, cut at a sentence end before the copy breaks off in the conclusion. The page "
               "writes non-breaking hyphens (U+2011: 'thirty‑six', 'follow‑up'), written here as plain hyphens, which "
               "the layout font can print. Cells: 'mesenchymal stem cell', 'Mesenchymal stem cells', 'MSCs' "
               "(general), 'MSC' (in 'MSC infusion') -> msc; 'MSCs derived from human umbilical cord' -> "
               "umbilical_cord_msc. Arms: 'Thirty-four patients with UC were included in group I and treated with MSC "
               "infusion' -> count and cells, arm 'group I'; 'thirty-six patients were in group II' -> arm 'group "
               "II'. Follow-up: 'One month after therapy, 30/36 patients in group I showed good response' -> 1 month, "
               "arm 'group I' (the group named in that sentence; doubtful: the time is set off by a comma). 'Compared "
               "with group II, ... after MSC infusion in any of the patients in group I' -> group II is only compared "
               "with, so 'MSC' is group I's. No route ('infusion' alone names none), no sessions, no dose. Traps: "
               "'30/36 patients' (an outcome count, as printed), 'trial registration no. NCT01221428', Mayo/histology/"
               "IBDQ scores, 'P<0.05', 'During the follow up', 'during the follow-up period' (no value), 'normal "
               "saline'."),
        layout={"columns": 1, "font": "serif", "journal": "Experimental and Therapeutic Medicine 12: 2983-2989, 2016"},
    ),
    RealText(
        id="en_animal_diseases2023_prp_once_twice_oxymetholone_testis_rats", lang="en", kind="animal", batch=12,
        title="Effects of Platelet-Rich Plasma on the Oxymetholone-Induced Testicular Toxicity",
        authors="Amal I Saba, Reda H Elbakary, Omayma K Afifi, Heba E M Sharaf Eldin",
        journal="Diseases 11(2):84", year=2023, doi="10.3390/diseases11020084",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC10297451",
        licence="CC BY 4.0 (MDPI, all articles)",
        species="rat",
        abstract=(
            "Oxymetholone is one of the anabolic steroids that has widely been used among teenagers and athletes to "
            "increase their muscle bulk. It has undesirable effects on male health and fertility. In this study, the "
            "therapeutic effects of platelet-rich plasma (PRP) on oxymetholone-induced testicular toxicity were "
            "investigated in adult albino rats. During the experiments, 49 adult male albino rats were divided into 4 "
            "main groups: Group 0 (donor group) included 10 rats for the donation of PRP, Group I (control group) "
            "included 15 rats, Group II included 8 rats that received [[10 mg/kg|d:10,mg/kg,-#Group II]] of "
            "oxymetholone orally, once daily, for 30 days, and Group III included 16 rats and was subdivided into 2 "
            "subgroups (IIIa and IIIb) that received oxymetholone the same as group II and then received PRP "
            "[[once|s:1#IIIa]] and [[twice|s:2#IIIb]], respectively. Testicular tissues of all examined rats were "
            "obtained for processing and histological examination and sperm smears were stained and examined for "
            "sperm morphology. Oxymetholone-treated rats revealed wide spaces in between the tubules, vacuolated "
            "cytoplasm, and dark pyknotic nuclei of most cells, as well as deposition of homogenous acidophilic "
            "material between the tubules. Electron microscopic examination showed vacuolated cytoplasm of most "
            "cells, swollen mitochondria, and perinuclear dilatation. Concerning subgroup IIIa (PRP "
            "[[once|s:1#IIIa]]), there was a partial improvement in the form of decreased vacuolations and "
            "regeneration of spermatogenic cells, as well as a reasonable improvement in sperm morphology."),
        notes=("Rat study of platelet-rich plasma given once or twice after oxymetholone-induced testicular damage "
               "(species rat): title from the journal's stored page, the abstract from the stored PubMed Central copy, "
               "cut at a sentence end before the copy breaks off (in the sentence on subgroup IIIb). A text with no "
               "cell type (PRP is not one) and an arm design told apart by the number of PRP administrations. "
               "Sessions: 'subgroups (IIIa and IIIb) that received ... PRP once and twice, respectively' -> names "
               "listed with values one to one: 'once' -> 1, arm 'IIIa'; 'twice' -> 2, arm 'IIIb'; 'subgroup IIIa (PRP "
               "once)' -> 1, arm 'IIIa' again. Dose: the model drug, 'Group II included 8 rats that received 10 mg/kg "
               "of oxymetholone' -> 10 mg/kg, arm 'Group II' (rat). No route: 'orally' has no contract id, and PRP's "
               "route is not stated. No follow-up. Traps: '49 adult male albino rats', '10 rats', '15 rats', '8 "
               "rats', '16 rats' (animals, no sample sizes), '4 main groups', '2 subgroups' (counts of groups), 'once "
               "daily, for 30 days' (daily dosing of the model drug: no sessions), 'Group 0 (donor group) ... for the "
               "donation of PRP', 'swollen mitochondria' (organelles of the tissue, not a therapy), 'anabolic "
               "steroids' (no hormone of the contract)."),
        layout={"columns": 2, "font": "sans", "journal": "Diseases 2023, 11, 84"},
    ),
    RealText(
        id="en_animal_fsurg2022_svf_adsc_dose_groups_uvb_photoaging_nude_rats", lang="en", kind="animal", batch=12,
        title="Anti-Aging Effect of the Stromal Vascular Fraction/[[Adipose-Derived Stem Cells|c:ad]] in a Mouse Model "
              "of Skin Aging Induced by UVB Irradiation",
        authors="Jingru Wang, Yuanwen Chen, Jia He, Guiqiang Li, Xiaodong Chen, Hongwei Liu",
        journal="Frontiers in Surgery 9:950967", year=2022, doi="10.3389/fsurg.2022.950967",
        url="https://frontiersin.org/articles/10.3389/fsurg.2022.950967/full",
        licence="CC BY 4.0 (Frontiers, all articles)",
        species="rat",
        abstract=(
            "[[Adipose-derived stem cells|c:ad@human]]([[ADSCs|c:ad@human]]) have been used for anti-photo-aging. "
            "But the purification of [[ADSCs|c:ad@human]] requires in vitro amplification and culture, there is "
            "considerable risk of direct treatment for patients. Stromal vascular fraction(SVF) is a biologically and "
            "clinically interesting heterogeneous cell population contains [[ADSCs|c:ad@human]]. There are few "
            "reports on anti-aging effects of SVF in photo-aging skin. The present study investigated the anti-aging "
            "effect of stromal vascular fraction (SVF) and [[adipose-derived stem cells|c:ad]] ([[ADSCs|c:ad]]) "
            "injection in photo-aging skin. The relationship between the dosage of injection and effect was also "
            "discussed. Thirty healthy, 6-week-old, nude rats were randomly divided into the control and experimental "
            "groups. The experimental group needing ultraviolet B (UVB) irradiation five days per week, and a "
            "duration of 8 weeks. According to different dose regimens of SVF and [[ADSCs|c:ad]], experiment rats "
            "were randomly grouped as the model control group, low-dose (LD) treatment group, middle-dose (MD) "
            "treatment group and high-dose (HD) treatment group."),
        notes=("Study of stromal vascular fraction and adipose-derived stem cell injections at three dose levels in "
               "UVB-photoaged nude rats (species rat, as the abstract says 'nude rats'; the title says 'a Mouse Model': "
               "the title's cell mention keeps the entry's species, doubtful): title, authors and the abstract from "
               "the journal's stored page, cut at a sentence end before the copy breaks off ('At 7 and 28 days "
               "post-treatment, specimens were harvested for histological an...'; the follow-up is lost with it). A "
               "text with few contract facts. Cells: 'Adipose-Derived Stem Cells' (title), 'Adipose-derived stem "
               "cells', 'adipose-derived stem cells', 'ADSCs' -> adipose_msc; the opening general statements (ADSCs "
               "used for anti-photo-aging, purification, SVF containing ADSCs) carry no species; the study's "
               "'adipose-derived stem cells (ADSCs) injection' and 'dose regimens of SVF and ADSCs' carry rat. "
               "'Stromal vascular fraction'/'SVF' has no canonical id (unmarked, as in the corpus's other SVF text). "
               "No arms: the dose groups are named each with its head word ('low-dose (LD) treatment group, "
               "middle-dose (MD) treatment group and high-dose (HD) treatment group') but no fact is stated of any; "
               "no dose values. No route ('injection' alone). Traps: 'Thirty healthy, 6-week-old, nude rats' "
               "(animals, age), 'five days per week' (a frequency of irradiation), 'a duration of 8 weeks' (the "
               "model's duration), 'ultraviolet B (UVB) irradiation' (not a therapy), 'the control and experimental "
               "groups', 'different dose regimens' (no value)."),
        layout={"columns": 1, "font": "serif", "journal": "Frontiers in Surgery (2022) 9:950967"},
    ),
    RealText(
        id="en_animal_scrt2021_melatonin_admsc_ip_iv_testicular_torsion_rats", lang="en", kind="animal", batch=12,
        title="Combined melatonin-[[adipose derived mesenchymal stem cells|c:ad]] therapy effectively protected the "
              "testis from testicular torsion-induced ischemia-reperfusion injury",
        authors="Yen-Ta Chen, Fei-Chi Chuang, Chih-Chao Yang, John Y Chiang, Pei-Hsun Sung, Yi-Ching Chu, "
                "Chi-Ruei Huang, Kuan-Hui Huang, Hon-Kan Yip",
        journal="Stem Cell Research & Therapy 12:370", year=2021, doi="10.1186/s13287-021-02439-x",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC8243739",
        licence="CC BY 4.0 (BMC, all articles)",
        species="rat",
        abstract=(
            "**Background** This study tested the hypothesis that combined melatonin (Mel) and "
            "[[adipose-derived mesenchymal stem cells|c:ad]] ([[ADMSCs|c:ad]]) treatment was superior to either one "
            "alone on protecting the testis against acute testicular torsion-induced ischemia-reperfusion (TTIR) "
            "injury."),
        body=[
            "**Methods and results** Male adult SD rats (n = 30) were equally categorized into group 1 "
            "(sham-operated control), group 2 [TTIR/by torsion of right/left testis (i.e., ischemia) with rotated "
            "720° counterclockwise for 2 h, then detorsion (i.e., reperfusion) to the original position for 72 h], "
            "group 3 (TTIR + Mel/[[intraperitoneal administration|r:ip#group 3]]/[[50 mg/kg|d:50,mg/kg,-#group 3]] "
            "at 30 min after ischemia, followed by [[20 mg|d:20,mg,-#group 3]] at 3 h and days 1/2/3 after TTIR), "
            "group 4 (TTIR + [[ADMSCs|c:ad#group 4]]/[[1.2 × 10^{6} cells|d:1.2e6,cells,-#group 4]]/by "
            "[[tail-vein administration|r:iv#group 4]] at 30 min after ischemia, followed by days 1/2 TTIR), and "
            "group 5 (TTIR + Mel + [[ADMSCs|c:ad#group 5]]/[[tail-vein administration|r:iv#group 5]]). The result "
            "showed that the protein expressions of oxidative-stress (NOX-1/NOX-2/oxidized-protein), "
            "apoptotic/mitochondrial-damaged (mitochondrial-Bax/cleaved-caspase3/cleaved-PARP/cytosolic-cytochrome "
            "C), and fibrotic (TGF-ß/Smad3) biomarkers as well as testicular damage scores were lowest in group 1, "
            "highest in group 2, and significantly higher in groups 3/4 than in group 5, but they showed no "
            "difference between groups 3/4, whereas the protein expressions of androgen receptor (AR) and vimentin "
            "showed an opposite pattern of oxidative stress (all p < 0.0001). The cellular levels of inflammation "
            "(MMP-9/MPO/CD68) exhibited an identical pattern, whereas the numbers of Sertoli cells, α-tubulin, AR and "
            "vimentin as well as thickness of seminiferous tubule exhibited an opposite pattern of oxidative stress "
            "among the groups (all p < 0.0001).",
            "**Conclusion** Mel-[[ADMSCs|c:ad]] effectively protected the testis against TTIR injury.",
        ],
        notes=("Rat study of melatonin, adipose-derived MSCs and both in testicular torsion-detorsion, five numbered "
               "groups (species rat): the whole abstract from the stored PubMed Central copy (also DOAJ and other "
               "stored records). The copy prints '1.2 × 106 cells' (superscript flattened), written 1.2 × 10^{6}. "
               "Cells: 'adipose derived mesenchymal stem cells' (title), 'adipose-derived mesenchymal stem cells', "
               "'ADMSCs' (also in 'Mel-ADMSCs') -> adipose_msc. Arms, each a numbered group with its regimen in "
               "brackets: group 3 -> 'intraperitoneal administration' (intraperitoneal), '50 mg/kg' and '20 mg' "
               "(doses of melatonin, a drug of the protocol), arm 'group 3'; group 4 -> 'ADMSCs', '1.2 × 10^6 cells' "
               "(1.2e6 cells, per null), 'tail-vein administration' (intravenous), arm 'group 4'; group 5 -> "
               "'ADMSCs', 'tail-vein administration', arm 'group 5'. No sessions: 'at 30 min after ischemia, followed "
               "by 20 mg at 3 h and days 1/2/3' and 'followed by days 1/2' are schedules whose counts are not stated. "
               "No follow-up: 'for 2 h', 'for 72 h' belong to the torsion-detorsion model, '30 min after ischemia' "
               "is the time of the first dose. The Results compare groups ('groups 3/4 than in group 5'): no facts. "
               "Traps: 'Male adult SD rats (n = 30)' (animals, no sample size), '720°', 'androgen receptor (AR)' (a "
               "receptor, no hormone), 'all p < 0.0001', 'melatonin (Mel)' (a drug, no cell type), 'right/left "
               "testis'."),
        layout={"columns": 2, "font": "serif", "journal": "Stem Cell Research & Therapy (2021) 12:370"},
    ),
    RealText(
        id="en_clinical_josr2022_svf_intraarticular_123_patients_six_months", lang="en", kind="clinical", batch=12,
        title="Short-term results of intra-articular injections of stromal vascular fraction for early knee "
              "osteoarthritis",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Journal of Orthopaedic Surgery and Research 17:310", year=2022, doi="10.1186/s13018-022-03196-0",
        url="https://josr-online.biomedcentral.com/articles/10.1186/s13018-022-03196-0",
        licence="CC BY 4.0 (BMC, all articles; 'Open access' on the stored page)",
        abstract=(
            "**Background** In knee osteoarthritis, progressive degeneration of the articular cartilage surface "
            "produces disability and chronic pain. Intra-articular injections of stromal vascular fraction (SVF) "
            "could be an innovative approach to manage patients with early knee osteoarthritis."),
        body=[
            "**Methods** Between June 2019 and November 2020, [[123 patients|n:123]] were recruited to receive "
            "intra-articular injection of SVF. Radiographic evidence of degenerative joint disease was classified "
            "according to Kellgren and Lawrence grades. Knee injury and osteoarthritis outcome score (KOOS) and visual "
            "analog scale (VAS) were collected preoperatively, at 1 month, and after [[6 months|f:6,month]] from "
            "injection.",
            "**Results** There was a statistically significant improvement of KOOS and VAS of all patients to "
            "[[6 months|f:6,month]] (p < 0.05). The mean KOOS before injection was 51.4 ± 16.5, after 1 month it was "
            "75.5 ± 15.8, and at [[6 months|f:6,month]] it was 87.6 ± 7.7. Stratifying the mean KOOS according to "
            "Kellgren–Lawrence Grades, the difference remained statistically significant (p < 0.05). The patients’ "
            "mean VAS before injection was 6.5, after 1 month it was 3.5, and after [[6 months|f:6,month]] it was "
            "2.4. No complications were observed.",
            "**Conclusions** Intra-articular knee injection of SVF is safe and effective to ameliorate the clinical "
            "and functional scores in patients with early knee osteoarthritis for [[6 months|f:6,month]].",
        ],
        notes=("Case series of intra-articular stromal vascular fraction in early knee osteoarthritis (clinical, no "
               "species): title and the whole abstract from the journal's stored article page. A text with few "
               "contract facts: no cell type (stromal vascular fraction has no canonical id, unmarked as in the "
               "corpus's other SVF text), no route (intra-articular has no contract id), no dose, no sessions "
               "('intra-articular injection(s)' state no number; the Background's plural is general). Sample size: "
               "'123 patients' -> 123. Follow-up, per mention: the list 'preoperatively, at 1 month, and after 6 "
               "months from injection' -> one fact, the last time point, 6 months; 'to 6 months' (the time the "
               "improvement was measured) -> 6 months; the KOOS and VAS lists 'before injection ..., after 1 month "
               "..., and at/after 6 months' -> one fact each, 6 months; 'for 6 months' (Conclusions) -> 6 months. "
               "Traps: 'Between June 2019 and November 2020' (a recruitment period), 'Kellgren and Lawrence grades', "
               "KOOS/VAS values, 'p < 0.05', 'all patients', 'No complications'."),
        layout={"columns": 2, "font": "sans", "journal": "Journal of Orthopaedic Surgery and Research (2022) 17:310"},
    ),
    RealText(
        id="en_review_fcell2021_msc_atopic_dermatitis_preclinical_table", lang="en", kind="review", batch=12,
        title="(title not in the stored copy; Frontiers in Cell and Developmental Biology 9:643125, Table 8)",
        authors="(not shown in the stored copy)",
        journal="Frontiers in Cell and Developmental Biology 9:643125", year=2021, doi="10.3389/fcell.2021.643125",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC7985058/table/T8",
        licence="CC BY 4.0 (Frontiers, all articles)",
        species="mouse",
        abstract="",
        body=[
            '**TABLE 8.** Preclinical in vivo and clinical studies of hMSCs used as advanced therapy for atopic dermatitis in the last 5 years.',
            'PRECLINICAL IN VIVO STUDIES',
            'Type of advanced therapy Cells Type of hMSC treatment evaluated Disease models Follow-up References',
            'Cell therapy [[hUCB-MSCs|c:msc]] 1-[[hUCB-MSCs|c:msc#hUCB-MSCs group]] group: [[2 × 10^{6} cells|d:2e6,cells,-#hUCB-MSCs group]] [[injected intravenously|r:iv#hUCB-MSCs group]] on days 2, 9, 16 and 23. 2-Muramyl dipeptide – [[hUCB-MSCs|c:msc#Muramyl dipeptide – hUCB-MSCs (intravenous) group]] ([[intravenous|r:iv#Muramyl dipeptide – hUCB-MSCs (intravenous) group]]) group: [[2 × 10^{6}|d:2e6,cells,-#Muramyl dipeptide – hUCB-MSCs (intravenous) group]] [[injected intravenously|r:iv#Muramyl dipeptide – hUCB-MSCs (intravenous) group]] on days 2, 9, 16 and 23 previous administration of muramyl dipeptide. 3-Muramyl dipeptide – [[hUCB-MSCs|c:msc#Muramyl dipeptide – hUCB-MSCs (subcutaneous) group]] ([[subcutaneous|r:sc#Muramyl dipeptide – hUCB-MSCs (subcutaneous) group]]) group: [[2 × 10^{6}|d:2e6,cells,-#Muramyl dipeptide – hUCB-MSCs (subcutaneous) group]] [[injected subcutaneously|r:sc#Muramyl dipeptide – hUCB-MSCs (subcutaneous) group]] on days 2, 9, 16 and 23 previous administration of muramyl dipeptide. Dermatophagoides farinae-induced murine atopic dermatitis model [[30 days|f:30,day]] Kim et al., 2015',
            '[[hAT-MSCs|c:ad]] 1-[[hAT-MSCs|c:ad#hAT-MSCs (low) group]] (low) group: [[2 × 10^{5} cells|d:2e5,cells,-#hAT-MSCs (low) group]] [[injected intravenously|r:iv#hAT-MSCs (low) group]] 2-[[hAT-MSCs|c:ad#hAT-MSCs (high) group]] (high) group: [[2 × 10^{6} cells|d:2e6,cells,-#hAT-MSCs (high) group]] [[injected intravenously|r:iv#hAT-MSCs (high) group]] 3-Fibroblasts group: Human dermal fibroblasts injected intravenously Dermatophagoides farinae-induced murine atopic dermatitis model [[14 days|f:14,day]] Shin et al., 2017',
            '[[hAT-MSCs|c:ad]] 1-[[hAT-MSCs|c:ad#hAT-MSCs group]] group: [[10^{6} cells|d:1e6,cells,-#hAT-MSCs group]] [[injected intravenously|r:iv#hAT-MSCs group]] on days 0 and 11 2-Fibroblasts group: Human dermal fibroblasts injected intravenously Acetone and 2, 4-dinitrochlorobenzene (DNCB): olive oil mixture (4:1 vol/vol) induced atopic dermatitis [[24 days|f:24,day]] Kim J.M. et al., 2018',
        ],
        notes=("A review's table of preclinical mouse studies of human MSCs in atopic dermatitis (species mouse: every "
               "model is murine): caption, section line, header and the first three rows as the stored PMC table "
               "page prints them as text, one paragraph per line of the copy (its rows run on in one line each, too "
               "wide for the layout's one-line table cells); cut at a row end before the fourth row, whose first "
               "group repeats the label 'hUCB-MSCs group' of another study (and the copy breaks off in the fifth). No "
               "title or authors in the stored copy (placeholder title, no facts). Every fact is a cited study's. The "
               "copy flattens superscripts ('2 × 106', '106 cells'), written 10^{6}. Cells: 'hUCB-MSCs' (human "
               "umbilical cord blood MSCs) -> msc, as the corpus decided for cord-blood MSCs (doubtful); 'hAT-MSCs' "
               "-> adipose_msc; the Cells column's name of each row carries no arm. 'Human dermal fibroblasts' are a "
               "control (no cell type, and their 'injected intravenously' no route: not the therapy; doubtful). "
               "Arms: each numbered group of a study ('1-hUCB-MSCs group', '2-Muramyl dipeptide – hUCB-MSCs "
               "(intravenous) group', '3-... (subcutaneous) group'; '1-hAT-MSCs (low) group', '2-hAT-MSCs (high) "
               "group'; '1-hAT-MSCs group') labels the cell type and route words in its name and the dose and route "
               "after its colon; label as printed without the number. Doses: '2 × 10^6 (cells)', '2 × 10^5 cells', "
               "'10^6 cells' -> cells, per null. Routes: 'injected intravenously', '(intravenous)' -> intravenous; "
               "'injected subcutaneously', '(subcutaneous)' -> subcutaneous. No sessions: 'on days 2, 9, 16 and 23' "
               "and 'on days 0 and 11' are schedules whose counts are not stated. Follow-up column: '30 days', '14 "
               "days', '24 days' -> one fact each (the row's study, no arm). Traps: 'muramyl dipeptide' (a priming "
               "agent, no dose), 'DNCB: olive oil mixture (4:1 vol/vol)' (a ratio), 'Dermatophagoides farinae' (the "
               "model's allergen), 'in the last 5 years', author-year citations."),
        layout={"columns": 1, "font": "sans", "journal": "Front. Cell Dev. Biol. 9:643125 (2021)"},
    ),
    RealText(
        id="en_review_sci2020_msc_sle_meta_analysis_time_points", lang="en", kind="review", batch=12,
        title="Clinical Efficacy and Safety of [[Mesenchymal Stem Cells|c:msc]] for Systemic Lupus Erythematosus",
        authors="Tianbiao Zhou, Hong-Yan Li, Chunling Liao, Wenshan Lin, Shujun Lin",
        journal="Stem Cells International 2020:6518508", year=2020, doi="10.1155/2020/6518508",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC7157802",
        licence="CC BY 4.0 (Hindawi, all articles)",
        abstract=(
            "Systemic lupus erythematosus (SLE) is a polymorphic, multisystemic autoimmune disease that causes "
            "multiorgan damage in which cellular communication occurs through the involvement of autoantibodies "
            "directed against autoantigen production. [[Mesenchymal stem cells|c:msc]] ([[MSCs|c:msc]]), which have "
            "strong protective and immunomodulatory abilities, are obtained not only from bone marrow but also from "
            "medical waste such as adipose tissue and umbilical cord tissue and have been recognized as a promising "
            "tool for the treatment of various autoimmune diseases and inflammatory disorders. This meta-analysis is "
            "aimed at assessing whether [[MSCs|c:msc]] can become a new treatment for SLE with good efficacy and "
            "safety. Based on predetermined criteria, a bibliographical search was performed from January 1, 2000, to "
            "July 31, 2019, by searching the following databases: ISI Web of Science, Embase, PubMed, the Cochrane "
            "Library, and the Chinese Biomedical Literature Database (CBM). Eligible studies and data were identified. "
            "Statistical analysis was conducted to assess the efficacy (proteinuria, systemic lupus erythematosus "
            "disease activity index (SLEDAI), Scr, BUN, albumin, C3, and C4) and safety (rate of adverse events) of "
            "[[MSCs|c:msc]] for SLE using Cochrane Review Manager Version 5.3. Ten studies fulfilled the inclusion "
            "criteria and were eligible for this meta-analysis, which comprised 8 prospective or retrospective case "
            "series and four randomized controlled trails (RCTs) studies. In the RCT, the results indicated that the "
            "[[MSC|c:msc#MSC group]] group had lower proteinuria than the control group at 3 months and "
            "[[6 months|f:6,month#MSC group]] and the [[MSC|c:msc#MSC group]] group displayed a lower SLEDAI than the "
            "control group at 2 months and [[6 months|f:6,month#MSC group]]. Furthermore, the "
            "[[MSC|c:msc#MSC group]] group showed a lower rate of adverse events than the control group (OR = 0.26, "
            "95% CI: 0.07, 0.89, P = 0.03). In the case series trials, the results indicated that the "
            "[[MSC|c:msc#MSC group]] group had lower proteinuria at 1 month, 2 months, 3 months, 4 months, 6 months, "
            "and [[12 months|f:12,month#MSC group]]."),
        notes=("Meta-analysis of MSC therapy for systemic lupus erythematosus (review; clinical studies, no species): "
               "title and abstract from the stored PubMed Central copy (journal and year from the same page), cut at a "
               "sentence end before the copy breaks off in the conclusion. Cells: 'Mesenchymal Stem Cells', "
               "'Mesenchymal stem cells', 'MSCs', 'MSC' (in 'the MSC group') -> msc; 'bone marrow', 'adipose tissue', "
               "'umbilical cord tissue' are tissues (no cell type). Arms: 'the MSC group had lower proteinuria than "
               "the control group at ...' -> the control group is compared with, so the facts are the MSC group's: "
               "its name's 'MSC' and the time points, arm 'MSC group' (the pooled arm of the RCTs and the case "
               "series' treated group; doubtful: a meta-analysis pools several studies' arms). Follow-up, each list "
               "of time points one fact, its last: 'at 3 months and 6 months' -> 6 months; 'at 2 months and 6 "
               "months' -> 6 months; 'at 1 month, 2 months, 3 months, 4 months, 6 months, and 12 months' -> 12 "
               "months. No sample size (no patients counted), no sessions, no route, no dose. Traps: 'from January "
               "1, 2000, to July 31, 2019' (a search period), 'Ten studies', '8 prospective or retrospective case "
               "series', 'four randomized controlled trails (RCTs)' (counts of studies), 'C3, and C4' (complement, "
               "no hormones), 'OR = 0.26, 95% CI: 0.07, 0.89, P = 0.03', 'Version 5.3'."),
        layout={"columns": 2, "font": "serif", "journal": "Stem Cells International (2020) 2020:6518508"},
    ),
    # English texts, thirteenth batch
    RealText(
        id="en_animal_scrt2018_ucmsc_tail_vein_once_twice_thrice_endometrium_rats", lang="en", kind="animal",
        batch=13,
        title="Therapeutic effect of [[human umbilical cord-derived mesenchymal stem cells|c:uc]] on injured rat "
              "endometrium during its chronic phase",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Stem Cell Research & Therapy 9", year=2018, doi="10.1186/s13287-018-0777-5",
        url="https://stemcellres.biomedcentral.com/articles/10.1186/s13287-018-0777-5",
        licence="CC BY 4.0 (BMC, all articles)",
        species="rat",
        abstract=(
            "**Background** Repair deficiency after endometrial injury is an important reason for intra-uterine "
            "adhesions, amenorrhea, and infertility in females. [[Bone marrow-derived mesenchymal stem cell|c:bm@human]] "
            "([[BMSC|c:bm@human]]) transplantation is effective in repairing the damaged endometrium. However, the "
            "possibility of using [[umbilical cord-derived MSCs|c:uc@human]] ([[UC-MSCs|c:uc@human]]) to treat "
            "endometrial injury is rarely reported."),
        body=[
            "**Methods** Ethanol (95%) was injected into rat uterus to establish a model of endometrial injury. "
            "[[UC-MSCs|c:uc]] were injected through the [[tail vein|r:iv]], either as a [[single|s:1]], "
            "[[twice|s:2]], or [[thrice|s:3]] administration. Functional restoration of the uterus was assessed by "
            "testing embryo implantation rates. Endometrial morphological alteration was observed by hematoxylin and "
            "eosin staining. Endometrial fibrosis, markers of epithelial and stromal cells of endometrium, cell "
            "proliferation and angiogenesis, and inflammatory factors were detected using immunohistochemistry, "
            "Western blotting, and quantitative reverse-transcription polymerase chain reaction.",
            "**Results** Endometrial morphology and embryo implantation rates were significantly improved on "
            "[[day 8|f:8,day]] of transplantation among [[single|s:1]]-, [[twice|s:2]]-, or [[thrice|s:3]]-administered "
            "rats. Moreover, [[UC-MSCs|c:uc]] could alleviate fibrosis in general, and reduced the expression of "
            "fibrosis markers, α-smooth muscle actin (α-SMA) and transforming growth factor (TGF)-β. The cell "
            "proliferation marker Ki-67 had a positive expression in the injured endometrium after [[UC-MSC|c:uc]] "
            "transplantation. The endometrial stromal marker vimentin and epithelial marker cytokeratin-19 (CK-19) "
            "expressions were visibly increased. The expression of vascular markers CD31, vascular endothelial growth "
            "factor (VEGF)A, and matrix metalloprotein (MMP)9 was generally upregulated.",
        ],
        notes=("Rat study of human umbilical cord MSCs given through the tail vein once, twice or three times after "
               "an ethanol injury of the endometrium (species rat): title and abstract from the journal's stored "
               "article page, cut at a sentence end before the copy breaks off (in the sentence on proinflammatory "
               "factors). The Background speaks of MSC therapy in general (no species: 'BMSC transplantation is "
               "effective in repairing the damaged endometrium', 'the possibility of using umbilical cord-derived "
               "MSCs ... is rarely reported'). Cells: 'human umbilical cord-derived mesenchymal stem cells', "
               "'umbilical cord-derived MSCs', 'UC-MSCs', 'UC-MSC' -> umbilical_cord_msc; 'Bone marrow-derived "
               "mesenchymal stem cell' and its abbreviation 'BMSC' -> bone_marrow_msc (two mentions). Route: 'through "
               "the tail vein' -> intravenous. Sessions, per mention: 'either as a single, twice, or thrice "
               "administration' -> 1, 2, 3; 'among single-, twice-, or thrice-administered rats' -> 1, 2, 3 again. No "
               "arms: the three schedules are values listed without counts, names or 'respectively'. Follow-up: 'on "
               "day 8 of transplantation' -> 8 days (read as day 8 after the transplantation). No dose, no route for "
               "the ethanol (injected into the uterus: no contract id). Traps: 'Ethanol (95%)' (a concentration, not a "
               "dose), α-SMA, TGF-β, Ki-67, CK-19, CD31, VEGFA, MMP9 (markers, no hormones), 'embryo implantation "
               "rates', 'in females' (no count)."),
        layout={"columns": 2, "font": "serif", "journal": "Stem Cell Research & Therapy (2018) 9"},
    ),
    RealText(
        id="en_clinical_scrt2020_adsc_crohn_fistula_two_groups_months_3_6_12", lang="en", kind="clinical", batch=13,
        title="Autologous [[adipose-derived stem cells|c:ad]] for the treatment of Crohn’s fistula-in-ano: an "
              "open-label, controlled trial",
        authors="Chungen Zhou, Meng Li, Yang Zhang, Min Ni, Yehuang Wang, Dachao Xu, Yang Shi, Bo Zhang, Yanni Chen, "
                "Yan Huang, Sumin Zhang, Hongzhen Shi, Bin Jiang",
        journal="Stem Cell Research & Therapy 11:124", year=2020, doi="10.1186/s13287-020-01636-4",
        url="http://doi.org/10.1186/s13287-020-01636-4",
        licence="CC BY 4.0 (BMC, all articles)",
        abstract=(
            "**Background** Crohn’s fistula-in-ano is a refractory disease in colorectal and anal surgery. Although "
            "autologous [[adipose-derived stem cell|c:ad]] ([[ADSC|c:ad]]) has been used in the treatment of Crohn’s "
            "fistula-in-ano because of its convenience, non-incision of normal tissue, good tolerance, repeatability, "
            "quick recovery, less pain, less damage to anal function, and high quality of life during the "
            "perioperative period, there are no reports of its use in China. This is the first clinical trial in "
            "China on the treatment of Crohn’s fistula-in-ano with [[ADSC|c:ad]] to evaluate its efficacy and safety."),
        body=[
            "**Methods** [[A total of 22 patients|n:22]] with Crohn’s fistula-in-ano were enrolled in this study from "
            "January 2018 to October 2018 in the Colorectal Disease Center of Nanjing Hospital of Chinese Medicine "
            "Affiliated to Nanjing University of Chinese Medicine. Patients were divided (1:1) into an observation "
            "group ([[ADSC|c:ad#observation group]]) and a control group (incision-thread-drawing procedure). Primary "
            "efficacy endpoint evaluated at [[months 3, 6, and 12|f:12,month]] was the closure of fistulas (closure of "
            "all treated fistulas at baseline, confirmed by doctor’s clinical assessment and magnetic resonance "
            "imaging or transrectal ultrasonography). The patients additionally completed some scoring scales at each "
            "follow-up including simplified Crohn’s Disease Activity Index (CDAI), Perianal Disease Activity Index "
            "(PDAI), Inflammatory Bowel Disease Questionnaire (IBDQ), pain scores with visual analog score (VAS), and "
            "Wexner score. The data of inflammatory indexes were also collected.",
            "**Results** The healing rates of the observation group and the control group at "
            "[[months 3, 6, and 12|f:12,month]] were as follows: 10/11(90.9%) vs 5/11(45.5%), 8/11(72.7%) vs "
            "6/11(54.5%), and 7/11(63.6%) vs 6/11(54.5%), respectively. There was no statistical difference between "
            "the two groups.",
        ],
        notes=("Open-label controlled trial of autologous adipose-derived stem cells against an incision-thread-drawing "
               "procedure for Crohn's fistula-in-ano (clinical, no species): title, Background, Methods and the first "
               "two Results sentences from the journal's stored page (doi.org copy), cut at a sentence end before the "
               "copy breaks off; authors from the stored PubMed Central copy (PMC7079384). Cells: 'adipose-derived stem "
               "cells'/'adipose-derived stem cell' and its abbreviation 'ADSC' -> adipose_msc (two mentions where "
               "defined); 'an observation group (ADSC)' -> the cells of the observation group (arm 'observation "
               "group'). Sample size: 'A total of 22 patients' -> 22; 'divided (1:1)' gives no group count. "
               "Follow-up, one fact per list of time points (the last): 'evaluated at months 3, 6, and 12' -> 12 "
               "months; 'The healing rates of the observation group and the control group at months 3, 6, and 12' -> "
               "12 months again, no arm (both groups). No route (the injection site is not named in this passage), "
               "no dose, no sessions. Traps: 'from January 2018 to October 2018' (enrolment period), '10/11(90.9%)' "
               "and the other healing rates (outcome counts), 'at each follow-up' (no value), CDAI/PDAI/IBDQ/VAS/"
               "Wexner scores, 'repeatability' (no count), 'transrectal ultrasonography' (imaging, not guidance of a "
               "delivery)."),
        layout={"columns": 1, "font": "sans", "journal": "Stem Cell Research & Therapy (2020) 11:124"},
    ),
    RealText(
        id="en_clinical_fphys2021_abmi_omental_vein_artery_dlc_t2dm_two_groups", lang="en", kind="clinical",
        batch=13,
        title="Autologous Bone Marrow Cell Infusion for the Treatment of Decompensated Liver Cirrhosis Patients With "
              "Type 2 Diabetes Mellitus",
        authors="Baochi Liu, Mingrong Cheng, Lin Lang, Lei Li, Yanhui Si, Guangmian Wang",
        journal="Frontiers in Physiology 12:730797", year=2021, doi="10.3389/fphys.2021.730797",
        url=("https://www.frontiersin.org/articles/10.3389/fphys.2021.730797/full; abstract also "
             "https://discovery.researcher.life/article/autologous-bone-marrow-cell-infusion-for-the-treatment-of-"
             "decompensated-liver-cirrhosis-patients-with-type-2-diabetes-mellitus/b2819b2f8e1d3a638bb70d6395635fed"),
        licence="CC BY 4.0 (Frontiers, all articles)",
        abstract=(
            "This study aimed to indicate whether autologous bone marrow cell infusion (ABMI) via the right omental "
            "vein (ROV) could have a regulatory effect on decompensated liver cirrhosis (DLC) patients with type 2 "
            "diabetes mellitus (T2DM). For this purpose, [[24 DLC patients|n:24]] with T2DM were divided into "
            "observation group ([[n=14|n:14#observation group]]) and control group ([[n=10|n:10#control group]]). "
            "Patients in the observation group were given ABMI through the ROV and right omental artery (ROA), and "
            "cases in the control group received ABMI through the ROV. At 1, 3, 6, and [[12months|f:12,month]] after "
            "ABMI, it was revealed that the prothrombin time, the total bilirubin levels, and the amount of ascites "
            "were significantly lower, while the serum albumin levels in the two groups were markedly higher compared "
            "with those before ABMI (p<0.01), and there was no significant difference between the two groups at each "
            "time point (p>0.05). The fasting blood glucose and glycosylated hemoglobin levels at 6 and "
            "[[12months|f:12,month]] after ABMI in the two groups significantly decreased compared with those before "
            "ABMI (p<0.05 or p<0.01), while the decreased levels in the observation group were more obvious than "
            "those in the control group at each time point (p<0.01). The amount of insulin in the observation group "
            "at 3, 6, and [[12months|f:12,month#observation group]] after ABMI was significantly less than that "
            "before ABMI in the control group (p<0.01). In summary, ABMI showed a significant therapeutic efficacy "
            "for DLC patients with T2DM through ROV and ROA."),
        notes=("Clinical study of autologous bone marrow cell infusion through the right omental vein, with or "
               "without the right omental artery, in decompensated cirrhosis with type 2 diabetes, two groups "
               "(clinical, no species): title and authors from the journal's stored article page, the abstract from "
               "it and (its end) from the stored discovery.researcher.life copy, which prints the same text. Both "
               "copies print '12months' without a space (a thin space lost in the copy); kept as stored. No cell "
               "type: 'autologous bone marrow cell(s)'/ABMI is unfractionated bone marrow (no canonical id; not "
               "bone_marrow_msc). No route: the right omental vein drains into the portal system (no contract id, "
               "as the corpus's portal-vein texts decided) and the right omental artery has none either. Sample "
               "sizes: '24 DLC patients' -> 24; 'observation group (n=14)' -> 14, arm 'observation group'; 'control "
               "group (n=10)' -> 10, arm 'control group' (the control group also received ABMI, through the ROV only). "
               "Follow-up, one fact per list (its last time point): 'At 1, 3, 6, and 12months after ABMI' -> 12 "
               "months, no arm (the sentence speaks of the two groups); 'at 6 and 12months after ABMI in the two "
               "groups' -> 12 months, no arm; 'The amount of insulin in the observation group at 3, 6, and 12months "
               "after ABMI was significantly less than that ... in the control group' -> 12 months, arm 'observation "
               "group' (the control group is only compared with; doubtful). No dose, no sessions ('infusion' names no "
               "count). Traps: prothrombin time, bilirubin, albumin, glucose, glycosylated hemoglobin and insulin (no "
               "hormones of the contract; insulin is an outcome here, not a protocol drug with a dose), 'p<0.01', "
               "'at each time point' (no value), 'before ABMI' (baseline)."),
        layout={"columns": 2, "font": "sans", "journal": "Frontiers in Physiology | November 2021 | Volume 12 | "
                                                         "Article 730797"},
    ),
    RealText(
        id="en_clinical_jtm2018_ucmsc_peripheral_vein_renal_artery_kidney_transplant_two_groups", lang="en",
        kind="clinical", batch=13,
        title="Allogeneic [[mesenchymal stem cells|c:msc]] as induction therapy are safe and feasible in renal "
              "allografts: pilot results of a multicenter randomized controlled trial",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Journal of Translational Medicine 16", year=2018, doi="10.1186/s12967-018-1422-x",
        url="https://translational-medicine.biomedcentral.com/articles/10.1186/s12967-018-1422-x",
        licence="CC BY 4.0 (BMC, all articles)",
        abstract=(
            "**Background** Kidneys from deceased donors are being used to meet the growing need for grafts. However, "
            "delayed graft function (DGF) and acute rejection incidences are high, leading to adverse effects on graft "
            "outcomes. Optimal induction intervention should include both renal structure injury repair and immune "
            "response suppression. [[Mesenchymal stem cells|c:msc]] ([[MSCs|c:msc]]) with potent anti-inflammatory, "
            "regenerative, and immune-modulatory properties are considered a candidate to prevent DGF and acute "
            "rejection in renal transplantation. Thus, this prospective multicenter paired study aimed to assess the "
            "clinical value of allogeneic [[MSCs|c:msc]] as induction therapy to prevent both DGF and acute rejection "
            "in deceased donor renal transplantation."),
        body=[
            "**Methods** [[Forty-two renal allograft recipients|n:42]] were recruited and divided into trial and "
            "control groups. The trial group ([[21 cases|n:21#trial group]]) received "
            "[[2 × 10^{6}/kg|d:2e6,cells/kg,-#trial group]] [[human umbilical-cord-derived MSCs|c:uc#trial group]] "
            "([[UC-MSCs|c:uc#trial group]]) via the [[peripheral vein|r:iv#trial group]] before renal "
            "transplantation, and [[5 × 10^{6} cells|d:5e6,cells,-#trial group]] via the renal artery during the "
            "surgical procedure. All recipients received standard induction therapy. Incidences of DGF and "
            "biopsy-proven acute rejection were recorded postoperatively and severe postoperative complications were "
            "assessed. Graft and recipient survivals were also evaluated.",
            "**Results** Treatment with [[UC-MSCs|c:uc]] achieved comparable graft and recipient survivals with "
            "non-MSC treatment (P = 0.97 and 0.15, respectively). No increase in postoperative complications, "
            "including DGF and acute rejection, were observed (incidence of DGF: 9.5% in the [[MSC|c:msc#trial "
            "group]] group versus 33.3% in the non-MSC group, P = 0.13; Incidence of acute rejection: 14.3% versus "
            "4.8%, P = 0.61). Equal postoperative estimated glomerular filtration rates were found between the two "
            "groups (P = 0.88).",
        ],
        notes=("Multicenter randomized pilot trial of allogeneic umbilical cord MSCs as induction therapy in deceased "
               "donor kidney transplantation, trial and control groups (clinical, no species): title, Background, "
               "Methods and the first three Results sentences from the journal's stored page, cut at a sentence end "
               "before the copy breaks off. The page prints '2 × 106/kg' and '5 × 106 cells' (superscripts "
               "flattened), written 2 × 10^6 and 5 × 10^6. Cells: 'mesenchymal stem cells', 'Mesenchymal stem cells', "
               "'MSCs' -> msc; 'human umbilical-cord-derived MSCs' and 'UC-MSCs' -> umbilical_cord_msc, arm 'trial "
               "group'; 'Treatment with UC-MSCs achieved comparable ... survivals with non-MSC treatment' -> "
               "umbilical_cord_msc without arm (a comparison of the two groups as such); 'the MSC group' -> msc, "
               "labelled 'trial group' (the same group, first named so: one arm, one label; doubtful); 'non-MSC' "
               "names no cells given. Sample sizes: 'Forty-two renal allograft recipients' -> 42; 'The trial group "
               "(21 cases)' -> 21, arm 'trial group' (the control group's count is not printed). Doses, arm 'trial "
               "group': '2 × 10^6/kg' -> 2e6 cells/kg (per null: the unit holds the /kg); '5 × 10^6 cells' -> 5e6 "
               "cells. Route: 'via the peripheral vein' -> intravenous, arm 'trial group'; 'via the renal artery' has "
               "no contract id. No sessions (two administrations, before and during surgery, are described but no "
               "count is written), no follow-up ('postoperatively' names no time). Traps: '9.5%', '33.3%', '14.3% "
               "versus 4.8%' (outcome rates), P values, 'standard induction therapy' (no drug named), eGFR."),
        layout={"columns": 1, "font": "serif", "journal": "Journal of Translational Medicine (2018) 16"},
    ),
    RealText(
        id="en_animal_plosone2016_testicular_vs_ip_busulfan_ssc_transplant_mice", lang="en", kind="animal",
        batch=13,
        title="Testicular Busulfan Injection in Mice to Prepare Recipients for Spermatogonial Stem Cell "
              "Transplantation Is Safe and Non-Toxic",
        authors="YuSheng Qin, Ling Liu, YaNan He, Chen Wang, MingYuan Liang, XiaoLi Chen, HaiSheng Hao, Tong Qin, "
                "XueMing Zhao, et al. (the stored copy breaks off in the author list)",
        journal="PLoS ONE 11(2):e0148388", year=2016, doi="10.1371/journal.pone.0148388",
        url=("http://47.251.13.51:8081/26871566 (a mirror of the PubMed record); title and authors also "
             "https://0-doi-org.brum.beds.ac.uk/10.1371%2Fjournal.pone.0148388"),
        licence="CC BY 4.0 (PLOS, all articles)",
        species="mouse",
        abstract=(
            "Current methods of administering busulfan to remove the endogenous germ cells cause hematopoietic "
            "toxicity, require special instruments and a narrow transplantation time. We use a direct testicular "
            "injection of busulfan method for preparing recipients for SSC transplantation. Male ICR mice "
            "(recipients) were divided into four groups, and two experimental groups were treated with a bilateral "
            "testicular injection of [[4|d:4,mg/kg,-]] or [[6 mg/kg|d:6,mg/kg,-]]/side busulfan (n = 60 per "
            "concentration group). Mice received an [[intraperitoneal injection (i.p.)|r:ip#positive control]] of "
            "[[40 mg/kg|d:40,mg/kg,-#positive control]] busulfan (n = 60, positive control) and bilateral testicular "
            "injections of 50% DMSO (n = 60, negative control). Donor SSCs from RFP-transgenic C57BL/6J mice were "
            "introduced into the seminiferous tubules of each recipient testis via efferent duct injection on day "
            "16-17 after busulfan treatment. Recipient mice mated with mature female ICR mice and the number of "
            "progeny was recorded. The index detected at day 14, 21, 28, 35 and 70 after busulfan treatment."),
        notes=("Mouse study comparing testicular with intraperitoneal busulfan for preparing recipients of "
               "spermatogonial stem cell (SSC) transplantation (species mouse): title and the abstract from the stored "
               "copy of the PubMed record, cut at a sentence end before the copy breaks off; title and the first "
               "authors also from the stored publisher page. A text where the cells given (SSCs, no canonical id: no "
               "cell_type) carry no facts and the model drug carries them. Doses of the model drug: '4 or 6 "
               "mg/kg/side busulfan' -> 4 and 6 mg/kg (two facts, the first span the bare number; per null: the "
               "/kg unit, '/side' left out), no arms: the two concentrations share one count ('n = 60 per "
               "concentration group': each_arm); 'an intraperitoneal injection (i.p.) of 40 mg/kg busulfan (n = 60, "
               "positive control)' -> route intraperitoneal (the phrase and its bracketed restatement: one fact) and "
               "dose 40 mg/kg, arm 'positive control' (the group named in the brackets of that clause; doubtful). "
               "No route for 'testicular injection' or 'efferent duct injection' (no contract id). Traps: 'n = 60' "
               "(animals, no sample sizes), 'four groups', 'two experimental groups', '50% DMSO' (a concentration), "
               "'on day 16-17 after busulfan treatment' (the time of the transplantation, counted from the model "
               "drug) and 'at day 14, 21, 28, 35 and 70 after busulfan treatment' (times counted from the model drug, "
               "not from the cell therapy: no follow-up), 'C57BL/6J', 'RFP-transgenic'."),
        layout={"columns": 2, "font": "sans", "journal": "PLOS ONE | February 12, 2016 | 11(2):e0148388"},
    ),
    RealText(
        id="en_animal_scrt2018_bmsc_exos_intracavernosal_cavernous_nerve_injury_rats", lang="en", kind="animal",
        batch=13,
        title="[[MSC|c:msc]]-derived [[exosomes|c:ev]] ameliorate erectile dysfunction by alleviation of corpus "
              "cavernosum smooth muscle apoptosis in a rat model of cavernous nerve injury",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Stem Cell Research & Therapy 9", year=2018, doi="10.1186/s13287-018-1003-1",
        url="https://stemcellres.biomedcentral.com/articles/10.1186/s13287-018-1003-1",
        licence="CC BY 4.0 (BMC, all articles)",
        species="rat",
        abstract=(
            "**Background** This study investigated the therapeutic effects of [[MSC|c:msc]]-derived "
            "[[exosomes|c:ev]] ([[MSC|c:msc]]-[[Exos|c:ev]]) on erectile function in a rat model of cavernous nerve "
            "injury (CNI)."),
        body=[
            "**Methods** [[MSCs|c:msc]] were isolated from rat bone marrow and [[exosomes|c:ev]] were isolated from "
            "the supernatants by ultracentrifugation. The tissue explant adherent method was used to isolate and "
            "culture corpus cavernosum smooth muscle cells (CCSMCs). [[MSCs|c:msc]] and CCSMCs were identified by "
            "flow cytometry, in vitro differentiation or immunofluorescence staining. Thirty-two 10-week-old male "
            "Sprague Dawley (SD) rats were divided into four groups: a sham operation group and bilateral CNI groups "
            "that received intracavernosal (IC) injection of either PBS, [[MSCs|c:msc]] or "
            "[[MSC|c:msc]]-[[Exos|c:ev]]. [[Four weeks|f:4,week]] after CNI and treatment, the erectile function of "
            "the rats was measured by electrically stimulating the cavernous nerve. The penile tissues were harvested "
            "for blinded histologic analysis and western blotting. H2O2 was used to induce apoptosis in the CCSMCs, "
            "and a flow cytometer was used to measure the cell viability of the CCSMCs treated with or without "
            "[[exosomes|c:ev]] in vitro.",
            "**Results** Recovery of erectile function was observed in the [[MSC|c:msc#MSC-Exos "
            "group]]-[[Exos|c:ev#MSC-Exos group]] group. The [[MSC|c:msc#MSC-Exos group]]-[[Exos|c:ev#MSC-Exos "
            "group]] treatment significantly enhanced smooth muscle content and neuronal nitric oxide synthase in the "
            "corpus cavernosum. The ratio of smooth muscle to collagen in the corpus cavernosum was significantly "
            "improved in the [[MSC|c:msc#MSC-Exos group]]-[[Exos|c:ev#MSC-Exos group]] treatment group compared to "
            "the PBS vehicle group. WB confirmed these biological changes. Cell viability of the CCSMCs was increased "
            "in the [[MSC|c:msc]]-[[Exos|c:ev]]-treated groups, and caspase-3 expression was decreased after the "
            "[[MSC|c:msc]]-[[Exos|c:ev]] treatment in vivo and in vitro.",
        ],
        notes=("Rat study of bone marrow MSC-derived exosomes, or the MSCs, injected into the corpus cavernosum after "
               "bilateral cavernous nerve injury (species rat): title, Background, Methods and Results from the "
               "journal's stored article page, cut at the end of the Results before the copy breaks off. Cells, per "
               "mention: 'MSC-derived exosomes' -> two mentions (msc, extracellular_vesicle); 'MSC-Exos' -> two "
               "mentions, as the corpus marks 'ADSCs-Exos' ('MSC' msc, 'Exos' extracellular_vesicle); 'MSCs' -> msc "
               "(the sentence names rat bone marrow as their source, but the mention itself is 'MSCs'); 'exosomes' "
               "-> extracellular_vesicle. Arms: 'the MSC-Exos group' (a group named with its own head word) -> its "
               "cells, arm 'MSC-Exos group'; the next sentence ('The MSC-Exos treatment significantly enhanced ...') "
               "goes on with that group; 'improved in the MSC-Exos treatment group compared to the PBS vehicle "
               "group' -> the same arm (the PBS group is only compared with); the last sentence ('the MSC-Exos-treated "
               "groups', in vitro and in vivo) follows a comparison and speaks of several groups: no arm. The four "
               "groups of the Methods are listed before one head word without counts: no arms. Route: "
               "'intracavernosal (IC) injection' has no contract id. Follow-up: 'Four weeks after CNI and treatment, "
               "the erectile function ... was measured' -> 4 weeks (the cells were given at the injury, so the time "
               "counts from the treatment too; doubtful). No dose, no sessions. Traps: 'Thirty-two 10-week-old male "
               "Sprague Dawley (SD) rats' (animals, an age), 'four groups', 'H2O2' (an in-vitro inducer, no dose), "
               "'CCSMCs' (cells studied in vitro, not a therapy), neuronal nitric oxide synthase, caspase-3 (no "
               "hormones)."),
        layout={"columns": 1, "font": "serif", "journal": "Stem Cell Research & Therapy (2018) 9"},
    ),
    RealText(
        id="en_clinical_scrt2020_ucmsc_hbv_liver_failure_cirrhosis_24_weeks", lang="en", kind="clinical", batch=13,
        title="Enhanced therapeutic effects of [[umbilical cord mesenchymal stem cells|c:uc]] after prolonged "
              "treatment for HBV-related liver failure and liver cirrhosis",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Stem Cell Research & Therapy 11", year=2020, doi="10.1186/s13287-020-01787-4",
        url="https://stemcellres.biomedcentral.com/articles/10.1186/s13287-020-01787-4",
        licence="CC BY 4.0 (BMC, all articles)",
        abstract=(
            "**Background** [[Umbilical cord mesenchymal stem cells|c:uc]] ([[UCMSCs|c:uc]]) have been demonstrated "
            "to have good therapeutic effects in the treatment of HBV-related liver diseases. However, the therapeutic "
            "effect of [[UCMSCs|c:uc]] on HBV-related liver failure and liver cirrhosis and the variations in the "
            "efficacy of [[UCMSCs|c:uc]] after different treatment courses remain poorly understood. Therefore, this "
            "study was designed to answer these two questions."),
        body=[
            "**Methods** This was an observational study that retrospectively considered a 3-year period during "
            "which 513 patients who received stem cell infusion and met the criteria of hepatic failure and liver "
            "cirrhosis were identified from the databases of the Third Affiliated Hospital of Sun Yat-sen University. "
            "The eligible patients were categorized into the liver failure group and liver cirrhosis group. The two "
            "groups were divided into different subgroups according to the duration of stem cell therapy. In the "
            "liver failure group, group A received more than 4 weeks and group B received less than 4 weeks of stem "
            "cell therapy. In the liver cirrhosis group, patients who received more than 4 weeks of stem cell therapy "
            "belonged to group C, and the patients in group D received less than 4 weeks of stem cell therapy. The "
            "patients were [[followed up for 24 weeks|f:24,week]]. The demographics, clinical characteristics, "
            "biochemical factors, and model for end-stage liver disease (MELD) scores were recorded and compared "
            "among different groups.",
            "**Results** A total of [[64 patients|n:64#liver failure group]] met the criteria for liver failure, and "
            "[[59 patients|n:59#liver cirrhosis group]] met the criteria for liver cirrhosis.",
        ],
        notes=("Retrospective observational study of umbilical cord MSC infusions in HBV-related liver failure and "
               "cirrhosis, with subgroups by the length of the treatment course (clinical, no species): title, "
               "Background, Methods and the first Results sentence from the journal's stored article page, cut at a "
               "sentence end before the copy breaks off. Cells: 'umbilical cord mesenchymal stem cells', 'Umbilical "
               "cord mesenchymal stem cells', 'UCMSCs' -> umbilical_cord_msc; 'stem cell infusion'/'stem cell "
               "therapy' are generic (no fact). Sample sizes: '64 patients met the criteria for liver failure' -> "
               "64, arm 'liver failure group'; '59 patients met the criteria for liver cirrhosis' -> 59, arm 'liver "
               "cirrhosis group' (the two groups the Methods name; the clause names each by its disease). The '513 "
               "patients who received stem cell infusion ... were identified from the databases' are the records "
               "searched, of whom 123 were eligible: a screened count, no sample size (doubtful). Follow-up: "
               "'followed up for 24 weeks' -> 24 weeks, no arm (all patients). No route ('infusion' names none), no "
               "dose, no sessions. Traps: 'a 3-year period' (the period searched), 'more than 4 weeks'/'less than 4 "
               "weeks of stem cell therapy' (durations of the treatment course defining subgroups A-D: no follow-up, "
               "no sessions, no arm facts), MELD scores, 'these two questions'."),
        layout={"columns": 2, "font": "serif", "journal": "Stem Cell Research & Therapy (2020) 11"},
    ),
    RealText(
        id="en_animal_jir2014_hucmsc_four_rounds_b6fas_lupus_mice", lang="en", kind="animal", batch=13,
        title="Transplanted [[Human Umbilical Cord Mesenchymal Stem Cells|c:uc]] Facilitate Lesion Repair in B6.Fas "
              "Mice",
        authors="(not shown in the stored copy)",
        journal="Journal of Immunology Research 2014:530501", year=2014, doi="10.1155/2014/530501",
        url="https://www.hindawi.com/journals/jir/2014/530501/abs/ (also http://www.hindawi.com/journals/jir/2014/530501/)",
        licence="CC BY 4.0 (Hindawi, all articles)",
        species="mouse",
        abstract=(
            "**Background.** Systemic lupus erythematosus (SLE) is a multisystem disease that is characterized by "
            "the appearance of serum autoantibodies. No effective treatment for SLE currently exists. **Methods.** We "
            "used [[human umbilical cord mesenchymal stem cell|c:uc]] ([[H-UC-MSC|c:uc]]) transplantation to treat "
            "B6.Fas mice. **Results.** After [[four rounds|s:4]] of cell transplantation, we observed a statistically "
            "significant decrease in the levels of mouse anti-nuclear, anti-histone, and anti-double-stranded DNA "
            "antibodies in transplanted mice compared with controls. The percentage of CD4+CD25+Foxp3+ T cells in "
            "mouse peripheral blood significantly increased after [[H-UC-MSC|c:uc]] transplantation. "
            "**Conclusions.** The results showed that [[H-UC-MSCs|c:uc]] could repair lesions in B6.Fas mice such that "
            "all of the relevant disease indicators in B6.Fas mice were restored to the levels observed in normal "
            "C57BL/6 mice."),
        notes=("Mouse study of human umbilical cord MSCs given in four rounds to lupus-prone B6.Fas mice (species "
               "mouse): title and the whole abstract from the publisher's stored abstract page. A short text whose "
               "only number of the therapy is a count of sessions. Cells: 'Human Umbilical Cord Mesenchymal Stem "
               "Cells', 'human umbilical cord mesenchymal stem cell' and its abbreviation 'H-UC-MSC' (two mentions), "
               "'H-UC-MSC', 'H-UC-MSCs' -> umbilical_cord_msc. Sessions: 'After four rounds of cell transplantation' "
               "-> 4 (a round is an administration). No route, dose, follow-up or arms. Traps: 'CD4+CD25+Foxp3+' (a "
               "cell phenotype, not a therapy), 'C57BL/6', antibody levels (no hormones), 'No effective treatment "
               "for SLE currently exists' (no fact denied)."),
        layout={"columns": 1, "font": "sans", "journal": "Journal of Immunology Research Volume 2014, Article ID "
                                                         "530501"},
    ),
    RealText(
        id="en_animal_scrt2015_ofsc_local_testis_torsion_rats", lang="en", kind="animal", batch=13,
        title="Local injection of [[mesenchymal stem cells|c:msc]] protects testicular torsion-induced germ cell "
              "injury",
        authors="Chi-Hao Hsiao, Andrea Tung-Qian Ji, Chih-Cheng Chang, Chien-Jui Cheng, Liang-Ming Lee, Jennifer "
                "Hui-Chun Ho",
        journal="Stem Cell Research & Therapy 6(1):113", year=2015, doi="10.1186/s13287-015-0079-0",
        url=("https://stemcellres.biomedcentral.com/articles/10.1186/s13287-015-0079-0; authors from "
             "https://pmc.ncbi.nlm.nih.gov/articles/PMC4449584"),
        licence="CC BY 4.0 (BMC, all articles)",
        species="rat",
        abstract=(
            "**Introduction** Testicular torsion is a urological emergency and infertility is a common complication "
            "due to ischemic injury. Surgical reduction and orchiopexy is indicated, but to date there is no "
            "effective method for restoration of spermatogenesis. The effects of [[mesenchymal stem cells|c:msc@human]] "
            "([[MSCs|c:msc@human]]) on acute tissue injury have been demonstrated, and the abilities of paracrine "
            "support, differentiation and immune-modulation may benefit to testicular torsion-induced infertility. We "
            "investigate the therapeutic efficacy and the mechanisms of [[MSCs|c:msc]] in testicular torsion-induced "
            "germ cell injury when injected locally."),
        body=[
            "**Methods** Six to eight-week-old Sprague–Dawley rats received surgical 720 degree torsion for 3 hours, "
            "followed by detorsion on the left testis. [[20 μl|d:0.02,mL,-]] of phosphate-buffered saline (PBS) "
            "without or with [[3 x 10^{4}|d:3e4,cells,-]] [[MSCs from human orbital fat tissues|c:ad]] "
            "([[OFSCs|c:ad]]) were given for 10 rats, respectively, via local injection into the left testis 30 "
            "minutes before detorsion. 20 μl of PBS injection for 6 rats with surgical exposure without torsion "
            "served as sham control. Histopathology with Johnsen’s score analysis, Western blot analysis for "
            "superoxide dismutase 2, Bax, Caspase-3, human insulin growth factor-1 and human stem cell factor, "
            "malondialdehyde (MDA) assay in testis and plasma, hormones level including testosterone, "
            "follicle-stimulating hormone (FSH) and luteinizing hormone (LH) by ELISA Kits, terminal deoxynucleotidyl "
            "transferase dUTP nick end labeling (TUNEL) assay and fluorescence staining for P450, Sox-9 and VASA "
            "were performed.",
            "**Results** Animals were sacrificed and bilateral orchiectomy was performed 7 days after "
            "torsion-detorsion. Local injections of [[OFSCs|c:ad]] prevented torsion-induced infertility judging "
            "from Johnsen's score.",
        ],
        notes=("Rat study of human orbital-fat MSCs injected into the testis before detorsion of a testicular "
               "torsion (species rat): title, Introduction, Methods and the first two Results sentences from the "
               "journal's stored article page, cut at a sentence end before the copy breaks off; authors from the "
               "stored PubMed Central copy. The page prints '3 x 104 MSCs' (superscript flattened), written 3 x 10^4, "
               "and mixes curly and straight apostrophes (Johnsen’s, Johnsen's), kept as printed. The Introduction's "
               "'The effects of mesenchymal stem cells (MSCs) on acute tissue injury have been demonstrated' is "
               "general (no species); 'the mechanisms of MSCs in testicular torsion-induced germ cell injury' is the "
               "rat study's aim (rat). Cells: 'mesenchymal stem cells', 'MSCs' -> msc; 'MSCs from human orbital fat "
               "tissues' and 'OFSCs' -> adipose_msc (orbital fat is adipose tissue; doubtful). Doses: '3 x 10^4' MSCs "
               "-> 3e4 cells; '20 μl of ... PBS without or with' the cells -> the injected volume of the suspension, "
               "0.02 mL (μl has no contract unit, written as mL; doubtful); the sham's '20 μl of PBS injection' is a "
               "vehicle for sham animals (no fact). No arms: 'without or with ... for 10 rats, respectively' gives "
               "two groups by a value ('with' or 'without' cells) but no name or count per group beyond the shared "
               "10. No route ('local injection into the left testis' has no contract id), no sessions ('Local "
               "injections' names no count). No follow-up: '7 days after torsion-detorsion' counts from the injury "
               "(the cells were given 30 minutes before detorsion; doubtful). Traps: 'Six to eight-week-old', '720 "
               "degree torsion for 3 hours', '30 minutes before detorsion', '10 rats', '6 rats', 'hormones level "
               "including testosterone, follicle-stimulating hormone (FSH) and luteinizing hormone (LH)' (a list of "
               "measured hormones, no change), 'human insulin growth factor-1', 'P450'."),
        layout={"columns": 2, "font": "serif", "journal": "Stem Cell Research & Therapy (2015) 6:113"},
    ),
    RealText(
        id="en_animal_bmcgastro2014_bmmsc_intrahepatic_twice_thioacetamide_rats", lang="en", kind="animal",
        batch=13,
        title="Effect of [[bone marrow-derived mesenchymal stem cells|c:bm]] on hepatic fibrosis in a "
              "thioacetamide-induced cirrhotic rat model",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="BMC Gastroenterology 14", year=2014, doi="10.1186/s12876-014-0198-6",
        url="https://0-bmcgastroenterol-biomedcentral-com.brum.beds.ac.uk/articles/10.1186/s12876-014-0198-6 "
            "(a library proxy copy of the journal page)",
        licence="CC BY 4.0 (BMC, all articles; 'Open access' on the stored page)",
        species="rat",
        abstract=(
            "**Background** Cirrhosis is a long-term consequence of chronic hepatic injury with fibrosis. No "
            "effective therapy is currently available for decompensated cirrhosis except liver transplantation. "
            "Hence, we investigated the effect of [[bone marrow-derived mesenchymal stem cells|c:bm]] "
            "([[BM-MSCs|c:bm]]) on hepatic fibrosis in a thioacetamide (TAA)-induced cirrhotic rat model."),
        body=[
            "**Methods** The [[BM-MSCs|c:bm]] were injected directly into the right liver lobe [[twice|s:2]], at 6 "
            "and 8 weeks during the 12-week TAA administration, in thioacetamide (TAA)-induced cirrhotic rats model, "
            "and hepatic fibrosis was evaluated. At 12 weeks, the effect of [[BM-MSCs|c:bm]] on hepatic fibrosis was "
            "analyzed histomorphologically using the Laennec fibrosis scoring system, and the collagen proportionate "
            "area was quantified. Cirrhosis-related factors, such as transforming growth factor β1 (TGF-β1), type 1 "
            "collagen (collagen-1), α-smooth muscle actin (α-SMA), and P-Smad3/Smad3 expression levels, were "
            "evaluated using real-time polymerase chain reaction and western blot assays.",
            "**Results** According to the Laennec fibrosis scoring system, histological improvement was observed in "
            "hepatic fibrosis after [[BM-MSC|c:bm]] treatment (P <0.01). The percentage of the collagen proportionate "
            "area decreased from 16.72 ± 5.51 to 5.06 ± 1.27 after [[BM-MSC|c:bm]] treatment (P <0.01). The content "
            "of hepatic hydroxyproline was significantly lower in the [[BM-MSC|c:bm#BM-MSC treated group]] treated "
            "group (46.25 ± 13.19) compared to the untreated cirrhotic group (85.81 ± 17.62; P <0.01). "
            "[[BM-MSC|c:bm]] administration significantly decreased TGF-β1, collagen-1, and α-SMA expression in "
            "TAA-induced cirrhotic rats (P <0.01). We also confirmed P-Smad3/Smad3, downstream effectors of the "
            "TGF-β1 signaling pathway, and found that [[MSC|c:msc]] transplantation inhibited Smad3 phosphorylation.",
        ],
        notes=("Rat study of bone marrow MSCs injected twice into the liver during thioacetamide-induced cirrhosis "
               "(species rat): title and abstract up to the end of the Results from the stored copy of the journal "
               "page (a library proxy), cut before the copy breaks off in the Conclusions. Cells: 'bone "
               "marrow-derived mesenchymal stem cells', 'BM-MSCs', 'BM-MSC' -> bone_marrow_msc; 'MSC transplantation' "
               "-> msc. Sessions: 'injected directly into the right liver lobe twice' -> 2. Arm: 'in the BM-MSC "
               "treated group (46.25 ± 13.19) compared to the untreated cirrhotic group' -> the cells in the treated "
               "group's name, arm 'BM-MSC treated group' (the untreated group is only compared with); the next "
               "sentence ('BM-MSC administration significantly decreased ...') follows a comparison: no arm. No route "
               "(an injection into the liver lobe has no contract id), no dose (TAA's dose is not given). No "
               "follow-up: 'At 12 weeks' and 'at 6 and 8 weeks during the 12-week TAA administration' count from the "
               "start of the model drug (the schedule of the two injections and the end of the model; doubtful for "
               "'At 12 weeks', which is 4 weeks after the last injection but not written so). Traps: '12-week TAA "
               "administration' (a duration of the model drug), '16.72 ± 5.51 to 5.06 ± 1.27' (percentages), "
               "hydroxyproline contents, TGF-β1, collagen-1, α-SMA, P-Smad3/Smad3 (no hormones), 'liver "
               "transplantation' (not a cell therapy)."),
        layout={"columns": 2, "font": "sans", "journal": "BMC Gastroenterology (2014) 14"},
    ),
    RealText(
        id="en_clinical_rsq2023_autologous_bmmsc_testis_noa_19_six_months", lang="en", kind="clinical",
        batch=13,
        title="Non-obstructive azoospermia treatment by autologous [[bone marrow-derived mesenchymal stromal/stem "
              "cells|c:bm]]: a non-randomized, open-label phase I clinical trial",
        authors="(not shown in the stored copy)",
        journal="Research Square (preprint)", year=2023,
        doi="https://www.aminer.org/pub/648e23d6d68f896efa323cf9",
        url=("https://www.aminer.org/pub/648e23d6d68f896efa323cf9/non-obstructive-azoospermia-treatment-by-"
             "autologous-bone-marrow-derived-mesenchymal-stromal-stem (an index record of the Research Square "
             "preprint; preprint DOI not shown in the stored copy)"),
        licence="CC BY 4.0 (Research Square, all preprints)",
        abstract=(
            "**Background** Non-obstructive azoospermia (NOA) is considered a cause of male infertility that does "
            "not respond to drug therapy. [[Mesenchymal stromal/stem cell|c:msc]] therapy has been recognized as a "
            "new fertility treatment option. Here, we propose an approach in which autologous [[bone marrow-derived "
            "mesenchymal stromal/stem cells|c:bm]] ([[BM-MSCs|c:bm]]) are used in NOA treatment for the first time."),
        body=[
            "**Methods** This non-randomized, open-label phase I clinical trial screened [[19 participants|n:19]] "
            "undergoing NOA treatment by autologous [[BM-MSCs|c:bm]]. The bone marrow was harvested by percutaneous "
            "aspiration from the anterior superior iliac spine. After bone marrow aspiration and cultivation of "
            "[[BM-MSCs|c:bm]], they were autotransplanted into the testicular network with microsurgical testicular "
            "sperm extraction (microTESE). Patients were evaluated for semen analysis and hormonal levels of "
            "follicle-stimulating hormone (FSH), total testosterone, luteinizing hormone (LH), inhibin B, and "
            "prolactin before and [[six months|f:6,month]] after injection of [[BM-MSCs|c:bm]].",
            "**Results** [[BM-MSCs|c:bm]] were characterized under a light microscope, as well as by the expression "
            "of markers CD73, CD105, CD117, and CD105+34+ MSCs. The results showed that this autotransplantation is "
            "safe, the patients did not experience deterioration, allergic reactions, suppuration of wounds, "
            "complications from the cardiovascular, respiratory, nervous, urinary and circulatory systems. As noted, "
            "the percentage of testosterone, [[inhibin B|h:INHB,inc]] and sperm concentration increased, while the "
            "percentage of [[FSH|h:FSH,dec]], [[LH|h:LH,dec]] and prolactin decreased after treatment.",
        ],
        notes=("Phase I single-arm trial of autologous bone marrow MSCs transplanted into the testis during "
               "microTESE in men with non-obstructive azoospermia (clinical, no species): title and abstract from "
               "the stored index record of the Research Square preprint, cut at a sentence end before the copy "
               "breaks off (the next sentence, 'In four patients (21.1%).', is broken in the copy). Licence: Research "
               "Square posts its preprints under CC BY 4.0 (blanket statement of the server; the stored index page "
               "prints none: doubtful). Cells: 'Mesenchymal stromal/stem cell' (in 'Mesenchymal stromal/stem cell "
               "therapy') -> msc; 'bone marrow-derived mesenchymal stromal/stem cells', 'BM-MSCs' -> bone_marrow_msc; "
               "'CD105+34+ MSCs' is a marker phenotype of the cells characterized (no fact). Sample size: 'screened "
               "19 participants undergoing NOA treatment by autologous BM-MSCs' -> 19 (the men treated; 'screened' "
               "here names the enrolment, and 21.1% of 19 is the four patients of the next sentence; doubtful). "
               "Follow-up: 'before and six months after injection of BM-MSCs' -> 6 months. Hormone changes after "
               "treatment (men; the contract's hormones only): 'inhibin B ... increased' -> INHB increase; 'FSH, LH "
               "and prolactin decreased' -> FSH decrease, LH decrease (testosterone and prolactin have no contract "
               "id). The Methods' list 'hormonal levels of follicle-stimulating hormone (FSH), ... luteinizing hormone "
               "(LH), inhibin B' names measured hormones: no change. No route ('autotransplanted into the testicular "
               "network' has no contract id; 'harvested by percutaneous aspiration from the anterior superior iliac "
               "spine' is a harvest), no dose, no sessions. Traps: 'phase I', 'CD73, CD105, CD117', 'sperm "
               "concentration'."),
        layout={"columns": 1, "font": "serif", "journal": "Research Square preprint (2023)"},
    ),
    RealText(
        id="en_clinical_wjem2025_bmac_testis_three_arms_10_each_six_months", lang="en", kind="clinical", batch=13,
        title="(title not in the stored copy; World Journal of Experimental Medicine 15(3):107323, abstract)",
        authors="(not shown in the stored copy)",
        journal="World Journal of Experimental Medicine 15(3):107323", year=2025, doi="10.5493/wjem.v15.i3.107323",
        url="https://wjgnet.com/2220-315X/abstract/v15/i3/107323.htm",
        licence="CC BY-NC 4.0 (Baishideng open access, all articles)",
        abstract=(
            "Although limited clinical evidence exists, such as case reports of azoospermia treatment in humans "
            "using bone marrow aspirate concentrate (BMAC) injection, these findings provide a compelling foundation "
            "for exploring [[mesenchymal stem cell|c:msc]] therapy in male infertility."),
        body=[
            "To evaluate the safety and efficacy of autologous BMAC injection into human testis for men with severe "
            "oligospermia or azoospermia over the existing standard of care pharmacotherapy and lifestyle "
            "modifications.",
            "We included patients diagnosed with male infertility of the age group between 35–45 years in this "
            "trial comparing BMAC injection therapy with pharmacotherapy and lifestyle modifications over a "
            "[[6-month follow-up period|f:6,month]]. Semen analysis was used to evaluate the efficacy of the "
            "interventions analyzed.",
            "We enrolled [[30 patients|n:30]] in the trial with [[10 patients|n:10]] in each arm of the trial. "
            "Compared to the baseline, neither the BMAC group (P = 0.139) or pharmacotherapy group (P = 0.056) nor "
            "the lifestyle modification group (P = 0.112) demonstrated a statistically significant increase in sperm "
            "count at [[6 months|f:6,month]]. However, the BMAC group demonstrated a significant increase in sperm "
            "count (mean 19.2 million; P = 0.001) compared to the pharmacotherapy group (mean 3.5 million) and "
            "lifestyle modification group (mean 2.2 million) at [[6 months|f:6,month#BMAC group]]. Significant "
            "improvement was noted in the motility grade (P < 0.001) only in the BMAC group while no changes were "
            "noted in the other groups.",
            "This trial highlights the potential of autologous BMAC as a promising therapeutic option for male "
            "infertility. Despite the absence of significant changes within individual treatment arms, BMAC therapy "
            "demonstrated superior efficacy in improving both sperm count and motility compared to standard "
            "pharmacotherapy and lifestyle modifications.",
        ],
        notes=("Three-arm trial of autologous bone marrow aspirate concentrate (BMAC) injected into the testis "
               "against pharmacotherapy and lifestyle modification in men with severe oligospermia or azoospermia "
               "(clinical, no species): the abstract from the publisher's stored abstract page (which prints no "
               "title, no section labels and no licence line; Baishideng publishes its journals open access under "
               "CC BY-NC 4.0, as for the corpus's WJSC texts), cut at a sentence end before the copy breaks off; its "
               "paragraphs follow the page's (Background, Aim, Methods, Results, Conclusion). Cells: 'mesenchymal "
               "stem cell' (in 'mesenchymal stem cell therapy') -> msc; BMAC (bone marrow aspirate concentrate) is "
               "unfractionated bone marrow: no canonical id (as 'bone marrow-derived stem cells' in the guide). "
               "Sample sizes: 'We enrolled 30 patients' -> 30; '10 patients in each arm' -> 10, no arm (a count "
               "given for every arm). Follow-up: 'over a 6-month follow-up period' -> 6 months; 'neither the BMAC "
               "group ... nor the lifestyle modification group demonstrated ... at 6 months' -> 6 months, no arm "
               "(every group); 'the BMAC group demonstrated a significant increase ... compared to the "
               "pharmacotherapy group ... and lifestyle modification group ... at 6 months' -> 6 months, arm 'BMAC "
               "group' (the subject; the other groups are compared with; doubtful). No route ('injection into human "
               "testis' has no contract id), no dose, no sessions. Traps: 'between 35–45 years' (ages), 'P = "
               "0.139' and the other P values, 'mean 19.2 million', 'mean 3.5 million', 'mean 2.2 million' (sperm "
               "counts, not doses), 'case reports' (no count)."),
        layout={"columns": 2, "font": "sans", "journal": "World J Exp Med 2025; 15(3): 107323"},
    ),
    RealText(
        id="en_animal_sci2016_haec_intraperitoneal_cm_chemotherapy_poi_mice", lang="en", kind="animal", batch=13,
        title="The Paracrine Effect of Transplanted [[Human Amniotic Epithelial Cells|c:haec]] on Ovarian Function "
              "Improvement in a Mouse Model of Chemotherapy-Induced Primary Ovarian Insufficiency",
        authors="Xiaofen Yao, Yuna Guo, Qian Wang, Minhua Xu, Qiuwan Zhang, Ting Li, Dongmei Lai",
        journal="Stem Cells International 2016:4148923", year=2016, doi="10.1155/2016/4148923",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC4655291",
        licence="CC BY 4.0 (Hindawi, all articles)",
        species="mouse",
        abstract=(
            "[[Human amnion epithelial cells|c:haec]] ([[hAECs|c:haec]]) transplantation [[via tail vein|r:iv]] has "
            "been reported to rescue ovarian function in mice with chemotherapy-induced primary ovarian insufficiency "
            "(POI). To test whether [[intraperitoneally|r:ip]] transplanted [[hAECs|c:haec]] could induce therapeutic "
            "effect and to characterize the paracrine effect of transplanted [[hAECs|c:haec]], we utilized a "
            "chemotherapy induced mice model of POI and investigated the ability of [[hAECs|c:haec]] and conditioned "
            "medium collected from cultured [[hAECs|c:haec]] ([[hAECs|c:haec]]-CM) to restore ovarian function. We "
            "found that transplantation of [[hAECs|c:haec]] or [[hAECs|c:haec]]-CM either 24 hours or 7 days after "
            "chemotherapy could increase follicle numbers and partly restore fertility. By PCR analysis of recipient "
            "mice ovaries, the presence of SRY gene was only detected in mice transplanted with male "
            "[[hAECs|c:haec]] 24 hours following chemotherapy. Further, the gene expression level of VEGFR1 and "
            "VEGFR2 in the ovaries decreased, although VEGFA increased 2 weeks after chemotherapy. After treatment "
            "with [[hAECs|c:haec]] or [[hAEC|c:haec]]-CM, the expression of both VEGFR1 and VEGFR2 increased, "
            "consistent with the immunohistochemical analysis. In addition, both [[hAECs|c:haec]] and "
            "[[hAECs|c:haec]]-CM treatment enhanced angiogenesis in the ovaries. The results suggested that "
            "[[hAECs|c:haec]]-CM, like [[hAECs|c:haec]], could partly restore ovarian function, and the therapeutic "
            "function of [[intraperitoneally|r:ip]] transplanted [[hAECs|c:haec]] was mainly induced by "
            "paracrine-mediated ovarian protection and angiogenesis."),
        notes=("Mouse study of human amniotic epithelial cells, or their conditioned medium, transplanted "
               "intraperitoneally 24 hours or 7 days after chemotherapy (species mouse): title, authors and the "
               "whole abstract from the stored PubMed Central copy. The first sentence reports earlier work in mice "
               "(species mouse kept). Cells, per mention: 'Human Amniotic Epithelial Cells', 'Human amnion "
               "epithelial cells', 'hAECs', 'hAEC' -> amniotic_epithelial_cell; in 'hAECs-CM'/'hAEC-CM' and "
               "'conditioned medium collected from cultured hAECs' the conditioned medium is no cell type but the "
               "cells it came from are named (one mention each, as the corpus marks 'MenSC-derived conditioned "
               "media'). Routes: 'transplantation via tail vein' (cited) -> intravenous; 'intraperitoneally "
               "transplanted' (twice) -> intraperitoneal. No dose, no sessions ('transplantation of hAECs or "
               "hAECs-CM either 24 hours or 7 days after chemotherapy' gives two timings of one administration, not "
               "counts), no follow-up: '24 hours following chemotherapy', '2 weeks after chemotherapy' count from "
               "the model drug. No hormone: VEGFA/VEGFR1/VEGFR2 are growth factors and receptors. Traps: 'SRY gene', "
               "'male hAECs' (the donor's sex), 'follicle numbers' (not AFC as an ultrasound count; no direction-"
               "bearing hormone)."),
        layout={"columns": 1, "font": "serif", "journal": "Stem Cells International Volume 2016, Article ID 4148923"},
    ),
    RealText(
        id="en_animal_plosone2014_msc_tail_vein_carotid_renal_artery_doses_ir_rats", lang="en", kind="animal",
        batch=13,
        title="Maximum Efficacy of [[Mesenchymal Stem Cells|c:msc]] in Rat Model of Renal Ischemia-Reperfusion "
              "Injury: Renal Artery Administration with Optimal Numbers",
        authors="(not shown in the stored copy)",
        journal="PLoS ONE 9:e92347", year=2014, doi="10.1371/journal.pone.0092347",
        url="http://www.plosone.org/article/info%3Adoi%2F10.1371%2Fjournal.pone.0092347",
        licence="CC BY 4.0 (PLOS, all articles)",
        species="rat",
        abstract=(
            "**Backgrounds** Despite the potential therapeutic benefits, cell therapy in renal ischemia-reperfusion "
            "(I/R) injury is currently limited by low rates of cell engraftment after systemic delivery. In this "
            "study, we investigate whether locally administration through renal artery can enhance the migration and "
            "therapeutic potential of [[mesenchymal stem cells|c:msc]] ([[MSCs|c:msc]]) in ischemic kidney."),
        body=[
            "**Methods** The model of renal I/R injury was induced by 45 min occlusion of the left renal pedicle and "
            "right nephrectomy in rat. Followed by reperfusion, graded doses of CM-Dil labeled [[MSCs|c:msc]] were "
            "implanted via three routes: [[tail vein|r:iv]] (TV), carotid artery (CA), and renal artery (RA). Renal "
            "blood flow was evaluated by color and spectral Doppler ultrasound at 1 h and 24 h post-I/R. All the "
            "samples were collected for analysis at 24 h post-I/R.",
            "**Results** After injection of [[1×10^{6}|d:1e6,cells,-]] [[MSCs|c:msc]], RA group showed obviously "
            "increased renal retention of grafted [[MSCs|c:msc]] compared with TV and CA group; however, the renal "
            "function was even further deteriorated. When graded doses of [[MSCs|c:msc]], the maximal therapeutic "
            "efficiency was achieved with renal artery injection of [[1×10^{5}|d:1e5,cells,-]] [[MSCs|c:msc]], which "
            "was significantly better than TV and CA group of [[1×10^{6}|d:1e6,cells,-]] [[MSCs|c:msc]].",
        ],
        notes=("Rat study comparing MSCs given through the tail vein, the carotid artery or the renal artery, in "
               "graded doses, after renal ischemia-reperfusion (species rat): title and abstract from the stored "
               "journal page, cut at a sentence end before the copy breaks off in the Results; the page prints "
               "'1×106' and '1×105' (superscripts flattened), written 1×10^6 and 1×10^5. The Backgrounds sentences "
               "on cell therapy in general carry the study's own aim ('we investigate ... MSCs in ischemic kidney', "
               "rat). Cells: 'Mesenchymal Stem Cells', 'mesenchymal stem cells', 'MSCs' -> msc; 'CM-Dil labeled' is a "
               "dye. Route: 'tail vein (TV)' -> intravenous (one fact with its bracketed abbreviation); 'carotid "
               "artery (CA)', 'renal artery (RA)', 'renal artery injection', 'through renal artery' have no contract "
               "id; 'TV and CA group' names groups, not a delivery (no route fact; doubtful). Doses, per mention: "
               "'1×10^6' MSCs (twice) -> 1e6 cells, '1×10^5' MSCs -> 1e5 cells; no arms: the first dose stands in "
               "its own clause before 'RA group' (and was given in every group), the RA group is named in a "
               "comparison, 'renal artery injection of 1×10^5 MSCs' names no group, and 'TV and CA group of 1×10^6 "
               "MSCs' lists two names before one head word. No follow-up: '1 h and 24 h post-I/R', 'at 24 h "
               "post-I/R' count from the injury (and hours have no contract unit). Traps: '45 min occlusion', "
               "'graded doses' (no value), 'right nephrectomy', 'three routes' (a count of routes, not sessions)."),
        layout={"columns": 2, "font": "serif", "journal": "PLOS ONE | 2014 | Volume 9 | e92347"},
    ),
    # English texts, fourteenth batch
    RealText(
        id="en_clinical_sci2017_abmc_single_intramuscular_cli_12_months", lang="en", kind="clinical", batch=14,
        title="Safety and Effectiveness of Bone Marrow Cell Concentrate in the Treatment of Chronic Critical Limb "
              "Ischemia Utilizing a Rapid Point-of-Care System",
        authors="Venkatesh Ponemone et al. (full author list in the DOI record; not shown in the stored copy)",
        journal="Stem Cells International 2017:4137626", year=2017, doi="10.1155/2017/4137626",
        url="https://www.hindawi.com/journals/sci/2017/4137626/abs/",
        licence="CC BY (printed on the stored page: 'distributed under the Creative Commons Attribution License')",
        abstract=(
            "Critical limb ischemia (CLI) is the end stage of lower extremity peripheral vascular disease (PVD) in "
            "which severe obstruction of blood flow results in ischemic rest pain, ulcers and/or gangrene, and a "
            "significant risk of limb loss. This open-label, single-arm feasibility study evaluated the safety and "
            "therapeutic effectiveness of autologous bone marrow cell (aBMC) concentrate in revascularization of CLI "
            "patients utilizing a rapid point-of-care device. [[Seventeen (17) no-option CLI patients|n:17]] with "
            "ischemic rest pain were enrolled in the study. [[Single dose|s:1]] of aBMC, prepared utilizing an "
            "intraoperative point-of-care device, the Res-Q™ 60 BMC system, was injected intramuscularly into the "
            "afflicted limb and patients were followed up at regular intervals for [[12 months|f:12,month]]. A "
            "statistically significant improvement in Ankle Brachial Index (ABI), Transcutaneous Oxygen Pressure "
            "(TcPO2), mean rest pain and intermittent claudication pain scores, wound/ ulcer healing, and 6-minute "
            "walking distance was observed following aBMC treatment. Major amputation-free survival (mAFS) rate and "
            "amputation-free rates (AFR) at [[12 months|f:12,month]] were 70.6% and 82.3%, respectively. In "
            "conclusion, aBMC injections were well tolerated with improved tissue perfusion, confirming the safety, "
            "feasibility, and preliminary effectiveness of aBMC treatment in CLI patients."),
        notes=("Open-label single-arm feasibility study of one intramuscular injection of autologous bone marrow cell "
               "concentrate in no-option critical limb ischaemia (clinical, no species): title and the whole abstract "
               "from the journal's stored abstract page (author list shortened there to the first author). A text "
               "with few contract facts. No cell type: 'autologous bone marrow cell (aBMC) concentrate' / 'aBMC' is "
               "unfractionated bone marrow (no canonical id, not bone_marrow_msc). No route: 'injected "
               "intramuscularly' has no contract id. Sample size: 'Seventeen (17) no-option CLI patients' -> 17 (a "
               "number and its bracketed restatement: one fact). Sessions: 'Single dose' -> 1. Follow-up: 'followed "
               "up at regular intervals for 12 months' -> 12 months; 'rates ... at 12 months were 70.6% and 82.3%' "
               "(outcomes measured twelve months after the injection) -> 12 months. No dose (no cell number). Traps: "
               "'6-minute walking distance' (a test), '70.6% and 82.3%, respectively' (outcome rates, no arms), "
               "'aBMC injections' (plural, no count: no sessions), 'Res-Q™ 60 BMC system' (a device name), "
               "'single-arm', ABI/TcPO2 (no hormones)."),
        layout={"columns": 1, "font": "serif", "journal": "Stem Cells International (2017) 2017:4137626"},
    ),
    RealText(
        id="en_clinical_bmcmsd2019_cabmat_onfh_69_patients_ten_year", lang="en", kind="clinical", batch=14,
        title="[[Ten-year|f:10,year]] results of concentrated autologous bone marrow aspirate transplantation for "
              "osteonecrosis of the femoral head: a retrospective study",
        authors="Yohei Tomaru, Tomokazu Yoshioka, Hisashi Sugaya, Hiroshi Kumagai, Kojiro Hyodo, Katsuya Aoto, "
                "Hiroshi Wada, Hiroshi Akaogi, Masashi Yamazaki, Hajime Mishima",
        journal="BMC Musculoskeletal Disorders 20:410", year=2019, doi="10.1186/s12891-019-2797-4",
        url="https://bmcmusculoskeletdisord.biomedcentral.com/articles/10.1186/s12891-019-2797-4",
        licence="CC BY 4.0 (BMC, all articles; 'Open access' on the stored page)",
        abstract=(
            "**Background** Idiopathic osteonecrosis of the femoral head (ONFH) occurs at a relatively younger age. "
            "It is therefore important to prevent the resultant femoral head collapse and requirement of total hip "
            "arthroplasty in these patients. In 2003, we initiated concentrated autologous bone marrow aspirate "
            "transplantation (CABMAT), a joint-preserving treatment for ONFH, at our institution. Here, we report the "
            "long-term results of CABMAT treatment."),
        body=[
            "**Methods** We retrospectively collated and analyzed the demographic and treatment data of "
            "[[69 patients|n:69]] (109 hips) with idiopathic ONFH treated with CABMAT between April 2003 and April "
            "2008.",
            "**Results** Totally, 44 patients (21 men, 23 women, 80 hips) completed the "
            "[[10-year follow-up|f:10,year]]. The follow-up rate was 73.4%, and the mean follow-up period was "
            "[[12.0 (range, 10.0–15.4) years|f:12,year]]. The mean age of the patients was 42.2 (range, 16.3–70.5) "
            "years. Using the Association Research Circulation Osseous (ARCO) classification system for preoperative "
            "analysis, 12, 31, 32, and 5 hips were classified as stages 1, 2, 3, and 4, respectively. The overall "
            "rate of conversion to total hip arthroplasty (THA) was 34% (27/80 hips). In a multivariate regression "
            "analysis, the preoperative stage of ONFH and the body mass index were found to correlate significantly "
            "with conversion to THA. Totally, 43 hips (of 80) were classified as belonging to the pre-collapse stage "
            "(i.e., stages 1 or 2). The overall collapse rate and the THA-conversion rate of these hips were "
            "estimated to be 49% (21/43) and 14% (6/43), respectively.",
            "**Conclusions** On the basis of our long-term findings, the minimally invasive and feasible CABMAT "
            "therapy can be utilized as one of a joint-preserving treatment for ONFH.",
        ],
        notes=("Retrospective cohort of concentrated autologous bone marrow aspirate transplantation for osteonecrosis "
               "of the femoral head, followed ten years or more (clinical, no species): title and the whole abstract "
               "from the journal's stored article page (authors from the DOAJ and springermedizin.de copies). A text "
               "with sample-size and follow-up facts only. No cell type ('concentrated autologous bone marrow "
               "aspirate' is unfractionated marrow, no canonical id), no route, no dose, no sessions. Sample size: '69 "
               "patients (109 hips)' -> 69 (hips are not patients). '44 patients (21 men, 23 women, 80 hips) "
               "completed the 10-year follow-up' is a subset of the stated 69 (no fact). Follow-up: 'Ten-year "
               "results' (title; outcomes reported ten years after the graft; doubtful), 'the 10-year follow-up' -> "
               "10 years; 'the mean follow-up period was 12.0 (range, 10.0–15.4) years' -> 12 years (the mean, span "
               "with its range). Traps: 'In 2003', 'between April 2003 and April 2008' (a treatment period), '73.4%' "
               "(a follow-up rate), 'mean age ... 42.2 (range, 16.3–70.5) years' (ages), '12, 31, 32, and 5 hips ... "
               "stages 1, 2, 3, and 4, respectively' (counts of hips by stage, no arms), '34% (27/80 hips)', '43 hips "
               "(of 80)', '49% (21/43) and 14% (6/43)' (outcome counts), 'long-term results' (no value)."),
        layout={"columns": 2, "font": "sans", "journal": "BMC Musculoskeletal Disorders (2019) 20:410"},
    ),
    RealText(
        id="en_clinical_jtm2016_bmmsc_intraarterial_psp_five_patients_one_year", lang="en", kind="clinical",
        batch=14,
        title="Finding a new therapeutic approach for no-option Parkinsonisms: "
              "[[mesenchymal stromal cells|c:msc]] for progressive supranuclear palsy",
        authors="Margherita Canesi, Rosaria Giordano, Lorenza Lazzari, Maurizio Isalberti, Ioannis Ugo Isaias, "
                "Riccardo Benti, Paolo Rampini, Giorgio Marotta, Aurora Colombo, Emanuele Cereda, Mariangela "
                "Dipaola, Tiziana Montemurro, Mariele Viganò, Silvia Budelli, Elisa Montelatici, Cristiana Lavazza, "
                "Agostino Cortelezzi, Gianni Pezzoli",
        journal="Journal of Translational Medicine 14:127", year=2016, doi="10.1186/s12967-016-0880-2",
        url="https://translational-medicine.biomedcentral.com/articles/10.1186/s12967-016-0880-2",
        licence="CC BY 4.0 (BMC, all articles; 'Open access' on the stored page)",
        abstract=(
            "**Background** The trophic, anti-apoptotic and regenerative effects of "
            "[[bone marrow mesenchymal stromal cells|c:bm]] ([[MSC|c:msc]]) may reduce neuronal cell loss in "
            "neurodegenerative disorders."),
        body=[
            "**Methods** We used [[MSC|c:msc]] as a novel candidate therapeutic tool in a pilot phase-I study for "
            "patients affected by progressive supranuclear palsy (PSP), a rare, severe and no-option form of "
            "Parkinsonism. [[Five patients|n:5]] received the cells by infusion into the cerebral arteries. Effects "
            "were assessed using the best available motor function rating scales (UPDRS, Hoehn and Yahr, PSP rating "
            "scale), as well as neuropsychological assessments, gait analysis and brain imaging before and after "
            "cell administration.",
            "**Results** [[One year|f:1,year]] after cell infusion, all treated patients were alive, except one, who "
            "died 9 months after the infusion for reasons not related to cell administration or to disease "
            "progression (accidental fall). In all treated patients motor function rating scales remained stable for "
            "at least six-months during the [[one-year follow-up|f:1,year]].",
            "**Conclusions** We have demonstrated for the first time that [[MSC|c:msc]] administration is feasible "
            "in subjects with PSP. In these patients, in whom deterioration of motor function is invariably rapid, "
            "we recorded clinical stabilization for at least 6 months. These encouraging results pave the way to the "
            "next randomized, placebo-controlled phase-II study that will definitively provide information on the "
            "efficacy of this innovative approach.",
        ],
        notes=("Pilot phase-I study of autologous bone marrow MSCs infused into the cerebral arteries in progressive "
               "supranuclear palsy (clinical, no species): title and the whole abstract (without the trial "
               "registration line) from the journal's stored article page; authors from the springermedizin.de copy. "
               "Cells: 'mesenchymal stromal cells' (title) -> msc; 'bone marrow mesenchymal stromal cells' -> "
               "bone_marrow_msc; its abbreviation '(MSC)' and the later 'MSC' -> msc (the guide: 'MSC' alone is msc, "
               "even where it abbreviates bone marrow MSCs; doubtful); 'the cells' names none. No route: 'infusion "
               "into the cerebral arteries' (intra-arterial, no contract id). No sessions ('cell infusion', 'the "
               "infusion' state no number), no dose. Sample size: 'Five patients' -> 5. Follow-up: 'One year after "
               "cell infusion' (time the outcome was reported) and 'the one-year follow-up' -> 1 year each. Traps: "
               "'died 9 months after the infusion' (time to an event), 'stable for at least six-months', 'clinical "
               "stabilization for at least 6 months' (durations of an outcome, not observation), 'except one' (an "
               "outcome count), 'pilot phase-I', 'phase-II study' (a planned study, no facts), UPDRS/Hoehn and Yahr "
               "(scales)."),
        layout={"columns": 2, "font": "serif", "journal": "Journal of Translational Medicine (2016) 14:127"},
    ),
    RealText(
        id="en_case_fneur2023_admsc_26_iv_infusions_parkinson", lang="en", kind="case", batch=14,
        title="Long-term, [[repeated doses|s:-]] of [[intravenous|r:iv]] autologous "
              "[[mesenchymal stem cells|c:msc]] for a patient with Parkinson's disease: a case report",
        authors="Ridhima Vij, Alan Prossin, Mallika Tripathy, Hosu Kim, Hyeonggeun Park, Thanh Cheng, Djamchid "
                "Lotfi, Donna Chang",
        journal="Frontiers in Neurology 14:1257080", year=2023, doi="10.3389/fneur.2023.1257080",
        url="https://www.frontiersin.org/articles/10.3389/fneur.2023.1257080/full",
        licence="CC BY 4.0 (Frontiers, all articles)",
        abstract=(
            "Parkinson's disease (PD) is a neurodegenerative disease that involves the loss of dopaminergic neurons "
            "in the substantia nigra pars compacta of the basal ganglia. Clinically, patient presentation involves a "
            "combination of motor and non-motor symptoms characterized by progressive worsening over time and "
            "significant decreases in overall quality-of-life. Despite there being no fully restorative cure for PD, "
            "[[Mesenchymal Stem Cell|c:msc]] ([[MSC|c:msc]]) therapy offers promising therapeutic potential. Here, "
            "we report a case of a 77-year-old female, living with idiopathic Parkinson's Disease for over 17 years. "
            "The patient received [[multiple infusions|s:-]] of autologous Hope Biosciences "
            "[[adipose-derived MSCs|c:ad]] ([[HB-adMSCs|c:ad]]). A total of [[26 infusion treatments|s:26]] of "
            "[[HB-adMSCs|c:ad]] were administered over the course of ~2 years that resulted in marked improvements "
            "in her typical Parkinsonian symptoms, as demonstrated by the decreases in her UPDRS (Unified "
            "Parkinson's Disease Rating Scale) scores. Changes in clinical scores mirrored concurrent changes in "
            "regional brain metabolism as quantified by FDG-PET (Fluorodeoxyglucose-Positron Emission Tomography), "
            "compared to baseline. Long-term, [[multiple infusions|s:-]] of [[HB-adMSCs|c:ad]] were safely "
            "tolerated by the patient without any serious adverse events. Further research is needed to evaluate the "
            "safety and efficacy of [[HB-adMSC|c:ad]] therapy for the treatment of PD patients."),
        notes=("Case report of 26 intravenous infusions of autologous adipose-derived MSCs over about two years in a "
               "woman with Parkinson's disease (clinical, no species): title and the whole abstract from the "
               "journal's stored article page (also the PubMed copy). Cells: 'mesenchymal stem cells' (title), "
               "'Mesenchymal Stem Cell (MSC) therapy' (a name and its bracketed abbreviation: two mentions) -> msc; "
               "'adipose-derived MSCs', 'HB-adMSCs' (three times), 'HB-adMSC therapy' -> adipose_msc. Route: "
               "'intravenous' (title only). Sessions: 'repeated doses' (title), 'multiple infusions' (twice) -> "
               "count null; 'A total of 26 infusion treatments' -> 26. No follow-up: 'over the course of ~2 years' "
               "is the span of the repeated dosing (a course), not an observation after it; no dose. No sample size: "
               "a single case report ('a case of a 77-year-old female'). Traps: '77-year-old', 'for over 17 years' "
               "(disease duration), 'PD patients' (no count), UPDRS/FDG-PET (scores and imaging, no hormones)."),
        layout={"columns": 1, "font": "sans", "journal": "Frontiers in Neurology (2023) 14:1257080"},
    ),
    RealText(
        id="en_clinical_jtm2014_ucmsc_twice_sci_three_groups", lang="en", kind="clinical", batch=14,
        title="Clinical observation of [[umbilical cord mesenchymal stem cell|c:uc]] transplantation in treatment "
              "for sequelae of thoracolumbar spinal cord injury",
        authors="Hongbin Cheng, Xuebin Liu, Rongrong Hua, Guanghui Dai, Xiaodong Wang, Jianhua Gao, Yihua An",
        journal="Journal of Translational Medicine 12:253", year=2014, doi="10.1186/s12967-014-0253-7",
        url="http://www.translational-medicine.com/content/12/1/253",
        licence="CC BY 4.0 (BMC, all articles; 'Open access' on the stored journal page)",
        abstract=(
            "**Background** [[Umbilical cord mesenchymal stem cells|c:uc]] ([[UCMSCs|c:uc]]) have a considerable "
            "advantage and potential in treating for central nervous system diseases and have become a novel "
            "alternative treatment for spinal cord injury. This study aims to compare the neurological function "
            "outcome of stem cell transplantation, rehabilitation therapy, and self-healing for sequelae of spinal "
            "cord injury."),
        body=[
            "**Methods** [[Thirty-four cases|n:34]] of thoracolumbar spinal cord injury were randomly divided into "
            "three groups: the stem cell transplantation group was given CT-guided "
            "[[UCMSC|c:uc#UCMSC group]] transplantation "
            "[[twice|s:2#UCMSC group]]; the rehabilitation group received rehabilitation "
            "therapy; and the blank control group did not receive any specific treatment. AIS grading, ASIA "
            "scoring, the manual muscle strength and muscle tension scale, and the Barthel index were used to "
            "evaluate the clinical outcome. Urodynamic examination was also performed for patients in the "
            "[[UCMSC|c:uc#UCMSC group]] group and the rehabilitation therapy group.",
            "**Results** Seven of the [[ten patients|n:10#UCMSC group]] in the "
            "[[UCMSC|c:uc#UCMSC group]] group had significant and stable improvement in "
            "movement, self-care ability, and muscular tension; five of the "
            "[[forteen patients|n:14#rehabilitation group]] (36%) in the rehabilitation group also had certain "
            "improvement in these aspects. Urodynamic examination demonstrated that patients in the "
            "[[UCMSC|c:uc#UCMSC group]] group exhibited an increase in maximum urinary flow rate "
            "and maximum bladder capacity, as well as a decrease in residue urine volume and maximum detrusor "
            "pressure. The rehabilitation group exhibited decreased maximum bladder capacity, but no perceptible "
            "change in maximum urinary flow rate, residue urine volume or maximum detrusor pressure.",
            "**Conclusions** [[UCMSC|c:uc]] transplantation can effectively improve neurological functional recovery "
            "after spinal cord injury, and its efficacy is superior to that of rehabilitation therapy and "
            "self-healing.",
        ],
        notes=("Randomised three-arm study of CT-guided umbilical cord MSC transplantation given twice, rehabilitation, "
               "or no treatment in chronic thoracolumbar spinal cord injury (clinical, no species): title and the "
               "whole abstract from the journal's stored page (authors from the stored PubMed Central copy; the "
               "source spells 'forteen'). Cells: 'umbilical cord mesenchymal stem cell(s)', 'UCMSCs', 'UCMSC' -> "
               "umbilical_cord_msc, per mention. Arms: three groups each named with its head word ('the stem cell "
               "transplantation group', 'the rehabilitation group', 'the blank control group'). The cell group's "
               "'UCMSC' and 'twice' -> arm 'UCMSC group' (the group is first called 'the stem cell "
               "transplantation group' and later 'the UCMSC group': one arm, labelled by its later name because the "
               "layout script hyphenates 'transplantation' inside a mark's label; its 'UCMSC' also in 'the UCMSC "
               "group and the rehabilitation therapy group', two groups each with its head word). Sessions: 'twice' "
               "-> 2. Sample "
               "size: 'Thirty-four cases' -> 34 (whole study); 'Seven of the ten patients in the UCMSC group' and "
               "'five of the forteen patients (36%) in the rehabilitation group' -> the arms' sizes 10 and 14 (10 + 14 "
               "+ 10 untreated = 34; the 'Seven' and 'five' are outcome counts; doubtful: read as arm counts inside "
               "outcome counts). The Conclusions' 'UCMSC transplantation' has no arm (a conclusion). No route "
               "('CT-guided' transplantation into the cord: no contract id), no dose, no follow-up (no time stated). "
               "Traps: 'three groups', '(36%)', AIS/ASIA/Barthel (scores), urodynamic values (no hormones), 'stem "
               "cell transplantation' in the aim (generic)."),
        layout={"columns": 2, "font": "serif", "journal": "Journal of Translational Medicine (2014) 12:253"},
    ),
    RealText(
        id="en_clinical_tonj2017_bmmsc_repeated_intraventricular_ich_one_year", lang="en", kind="clinical",
        batch=14,
        title="Clinical Outcomes of [[Repeated Intraventricular Transplantation|s:-]] of Autologous "
              "[[Bone Marrow Mesenchymal Stem Cells|c:bm]] in Chronic Haemorrhagic Stroke. A "
              "[[One-Year Follow Up|f:1,year]]",
        authors="Asra Al Fauzi, Purwati Sumorejo, Nur Setiawan Suroto, Muhammad Arifin Parenrengi, Joni Wahyuhadi, "
                "Agus Turchan, Ferdiansyah Mahyudin, Heri Suroto, Fedik Abdul Rantam, Mochammad Hasan Machfoed, "
                "Abdul Hafid Bajamal, Christianto Benjamin Lumenta",
        journal="The Open Neurology Journal 11:74", year=2017, doi="10.2174/1874205X01711010074",
        url="https://openneurologyjournal.com/VOLUME/11/PAGE/74/FULLTEXT/",
        licence="CC BY 4.0 (printed on the stored page: 'Creative Commons Attribution 4.0 International Public "
                "License (CC-BY 4.0)')",
        abstract=(
            "**Object:** Stroke, one of the most devastating diseases, is a leading cause of death and disability "
            "throughout the world and is also associated with emotional and economic problems. The main goal of this "
            "study was to investigate the clinical outcome of the intraventricular transplantation of "
            "[[bone marrow mesenchymal stem cells|c:bm]] ([[BM-MSCs|c:bm]]) in post-haemorrhagic stroke patients."),
        body=[
            "**Method:** This study was done consisting of [[eight patients|n:8]] with supratentorial haemorrhagic "
            "stroke, who had undergone 24 weeks of standard treatment of stroke with stable neurological deficits. "
            "All of the patients received stem cell transplantation intraventricularly using autologous "
            "[[BM-MSCs|c:bm]]. Six months and [[Twelve months|f:12,month]] after stem cells treatment, the clinical "
            "outcomes were measured using the National Institute of Health Stroke Scale (NIHSS) and adverse effect "
            "also observed.",
            "**Result:** The results of this study showed improvement of NIHSS score values before and after the "
            "treatment in five patients. No adverse effects or complications were detected during the "
            "[[1-year observation|f:1,year]].",
            "**Conclusion:** Intraventricular transplantation of [[BM-MSCs|c:bm]] has shown benefits in improving "
            "the functional status of post-haemorrhagic stroke patients with no adverse effect.",
        ],
        notes=("Case series of repeated intraventricular transplantation of autologous bone marrow MSCs in chronic "
               "haemorrhagic stroke, followed one year (clinical, no species): title and the whole abstract (without "
               "the keywords) from the journal's stored full-text page. Cells: 'Bone Marrow Mesenchymal Stem Cells' "
               "(title), 'bone marrow mesenchymal stem cells', 'BM-MSCs' (three times) -> bone_marrow_msc; 'stem cell "
               "transplantation', 'stem cells treatment' name none. Sessions: 'Repeated Intraventricular "
               "Transplantation' (title) -> count null (the route word sits inside the span: intraventricular has no "
               "contract id, so no route mark). Sample size: 'eight patients' -> 8. Follow-up: 'A One-Year Follow Up' "
               "(title) -> 1 year; the list 'Six months and Twelve months after stem cells treatment' -> one fact, "
               "the last time point, 12 months; 'during the 1-year observation' -> 1 year. No dose, no route. Traps: "
               "'24 weeks of standard treatment' (a course before the cells), 'in five patients' (an outcome count), "
               "'All of the patients', NIHSS (a scale), 'post-haemorrhagic stroke patients' (no count)."),
        layout={"columns": 1, "font": "serif", "journal": "The Open Neurology Journal (2017) 11:74"},
    ),
    RealText(
        id="en_animal_fcvm2020_msc_exo_iv_seven_days_porcine_mi", lang="en", kind="animal", batch=14,
        title="Systemic [[Mesenchymal Stem Cell|c:msc]]-Derived [[Exosomes|c:ev]] Reduce Myocardial Infarct Size: "
              "Characterization With MRI in a Porcine Model",
        authors="Christopher J Charles, Renee R Li, Teresa Yeung, Stephane M Ibraham Mazlan, Ruenn Chai Lai, "
                "Dominique P V de Kleijn, Sai Kiang Lim, A Mark Richards",
        journal="Frontiers in Cardiovascular Medicine 7:601990", year=2020, doi="10.3389/fcvm.2020.601990",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC7701257",
        licence="CC BY 4.0 (Frontiers, all articles)",
        species="animal",
        abstract=(
            "The observations that [[mesenchymal stem cells|c:msc@human]] ([[MSCs|c:msc@human]]) exert cardiac "
            "protection and repair via their secretome with the active component(s) identified as "
            "[[exosomes|c:ev@human]] underpinned our test of the efficacy of [[MSC|c:msc]] [[exosomes|c:ev]] in a "
            "porcine model of myocardial infarction (MI) when administered systemically by the convenient method of "
            "[[intravenous (IV) bolus injection|r:iv]]. Results show that 7 days of [[IV|r:iv]] [[exosomes|c:ev]] "
            "results in clear reduction (30–40%) of infarct size measured at both 7 and 28 days post-MI, despite "
            "near identical release of hs Troponin T. Together with reduced infarct size, [[exosome|c:ev]] treatment "
            "reduced transmurality and lessened wall thinning in the infarct zone. [[Exosome|c:ev]] treated pigs "
            "showed relative preservation of LV function with significant amelioration of falls in fractional wall "
            "thickening compared with control. However, global measures of LV function were less protected by "
            "[[exosome|c:ev]] treatment. It is possible that greater preservation of global LV function may have "
            "been attenuated by increased cardiac fibrosis, as T1 values showed significant increase in the "
            "[[exosome|c:ev]] pigs compared to control particularly in the infarct related segments. Taken together, "
            "these results show clear effects of [[IV|r:iv]] [[exosomes|c:ev]] administered over 7 days to reduce "
            "infarct size with relatively preserved cardiac function compared to control treated infarct pigs."),
        notes=("Pig study of MSC exosomes given intravenously for seven days after myocardial infarction (a named "
               "species other than mouse or rat: species 'animal', the entry's default): title and the whole abstract "
               "from the stored PubMed Central copy. The opening clause on what MSCs and their exosomes do in "
               "general carries no species (@human removes the default). Cells, per mention: 'Mesenchymal Stem "
               "Cell-Derived Exosomes' (title) and 'MSC exosomes' -> two mentions each (msc, extracellular_vesicle); "
               "'mesenchymal stem cells', 'MSCs' -> msc; 'exosomes', 'exosome treatment', 'Exosome treated pigs', "
               "'the exosome pigs' -> extracellular_vesicle. Routes: 'intravenous (IV) bolus injection' (a phrase and "
               "its bracketed restatement: one fact), 'IV exosomes' (twice) -> intravenous; 'administered "
               "systemically' alone names none. No sessions: '7 days of IV exosomes' and 'administered over 7 days' "
               "are durations of daily dosing (the count is inferred, not stated). No follow-up: 'measured at both 7 "
               "and 28 days post-MI' counts from the infarct, not from the treatment. No dose. Traps: '(30–40%)', "
               "'hs Troponin T' (a cardiac marker, no hormone of the list), 'T1 values' (MRI), 'compared with "
               "control', 'control treated infarct pigs' (no count), 'LV function'."),
        layout={"columns": 2, "font": "sans", "journal": "Frontiers in Cardiovascular Medicine (2020) 7:601990"},
    ),
    RealText(
        id="en_animal_srep2019_bmmsc_intraventricular_three_doses_ich_rats", lang="en", kind="animal", batch=14,
        title="Safety and Efficacy of Intraventricular Delivery of "
              "[[Bone Marrow-Derived Mesenchymal Stem Cells|c:bm]] in Hemorrhagic Stroke Model",
        authors="Peng Huang, William D Freeman, Brandy H Edenfield, Thomas G Brott, James F Meschia, Abba C Zubair",
        journal="Scientific Reports 9:5674", year=2019, doi="10.1038/s41598-019-42182-1",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC6450980",
        licence="CC BY 4.0 (Scientific Reports, all articles)",
        species="rat",
        abstract=(
            "External ventricular drain (EVD) is used clinically to relieve intracranial pressure and occasionally "
            "to deliver medications following intracerebral hemorrhage (ICH). [[Mesenchymal stem cell|c:msc@human]] "
            "([[MSC|c:msc@human]]) therapy has been shown to be neuroprotective and can induce neuroregeneration in "
            "stroke models. We evaluated the safety and efficacy of delivering [[MSCs|c:msc]] intraventricularly in "
            "a rat hemorrhagic stroke model. Using autologous blood, hemorrhagic stroke was induced at specific "
            "coordinates in the right basal ganglia. After 30 minutes, rats were treated with either "
            "[[bone marrow-derived MSCs|c:bm]] or a phosphate-buffered saline placebo via direct intraventricular "
            "infusion. Three dosages ([[2 × 10^{5}/kg|d:2e5,cells/kg,-]], [[5 × 10^{5}/kg|d:5e5,cells/kg,-]], and "
            "[[1 × 10^{6}/kg|d:1e6,cells/kg,-]]) of [[MSCs|c:msc]] were administered. Forelimb use asymmetry test "
            "was employed to evaluate functional improvement after cell therapy. At the end of the experiment, "
            "peripheral blood samples and organs were harvested; biochemistry, cytokine, and growth factor analysis "
            "and histology evaluations were performed to explore cell toxicity and cell fate, and the effects of "
            "[[MSC|c:msc]] therapy on injury volume, anti-inflammation, and neurogenesis. Intraventricular "
            "administration of [[MSCs|c:msc]] in ICH rat model showed improved behavior and alleviated brain damage. "
            "Additionally, treated ICH rats showed significantly reduced expression of IL-1α, IL-6, and IFN-γ. No "
            "obvious cell toxicity was noticed through blood chemistry and histology evaluation. None of the infused "
            "[[MSCs|c:msc]] were detected at the end of the experiment. EVD is safe and effective to use as a method "
            "of delivering [[MSCs|c:msc]] to treat ICH. Intraventricularly delivered [[MSCs|c:msc]] have "
            "anti-inflammatory properties and a capacity to induce neurogenesis and improve function following ICH "
            "injury."),
        notes=("Rat study of bone marrow MSCs given by intraventricular infusion at three doses after intracerebral "
               "haemorrhage (species rat): title and the whole abstract from the stored PubMed Central copy, which "
               "prints '2 × 105/kg, 5 × 105/kg, and 1 × 106/kg' (superscripts flattened), written 10^{5} and 10^{6}. "
               "The sentence on what MSC therapy has shown 'in stroke models' (earlier work, no species named) "
               "carries no species (doubtful: 'animal' could be read). Cells: 'Bone Marrow-Derived Mesenchymal Stem "
               "Cells' (title), 'bone marrow-derived MSCs' -> bone_marrow_msc; 'Mesenchymal stem cell (MSC) therapy' "
               "(two mentions), 'MSCs', 'MSC therapy' -> msc, per mention. Doses: '2 × 10^5/kg', '5 × 10^5/kg', '1 × "
               "10^6/kg' -> cells/kg, per null, one fact each (a list of values without counts or 'respectively': no "
               "arms). No route: intraventricular infusion has no contract id (and 'External ventricular drain' is a "
               "device). No sessions, no follow-up ('After 30 minutes' is the time of dosing after the haemorrhage; "
               "'At the end of the experiment' names no time). Traps: 'Three dosages' (a count of doses, no value), "
               "'right basal ganglia', IL-1α/IL-6/IFN-γ (cytokines, no hormones), 'a phosphate-buffered saline "
               "placebo'."),
        layout={"columns": 1, "font": "serif", "journal": "Scientific Reports (2019) 9:5674"},
    ),
    RealText(
        id="en_animal_scrt2018_bmsc_second_injection_silica_fibrosis_rats", lang="en", kind="animal", batch=14,
        title="Targeted migration of [[bone marrow mesenchymal stem cells|c:bm]] inhibits silica-induced pulmonary "
              "fibrosis in rats",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Stem Cell Research & Therapy 9", year=2018, doi="10.1186/s13287-018-1083-y",
        url="https://stemcellres.biomedcentral.com/articles/10.1186/s13287-018-1083-y",
        licence="CC BY 4.0 (BMC, all articles)",
        species="rat",
        abstract=(
            "**Background** Silicosis is a common occupational disease, characterized by silicotic nodules and "
            "diffuse pulmonary fibrosis. We demonstrated an anti-fibrotic effect of "
            "[[bone marrow mesenchymal stem cells|c:bm]] ([[BMSCs|c:bm]]) in silica-induced lung fibrosis. In the "
            "present study, we sought to clarify the homing ability of [[BMSCs|c:bm]] and the specific mechanisms "
            "for their effects."),
        body=[
            "**Methods and results** The biodistribution of [[BMSCs|c:bm]] was identified by near-infrared "
            "fluorescence (NIRF) imaging in vivo and in vitro. The results showed that [[BMSCs|c:bm]] labeled with "
            "NIR-DiR dyes targeted silica-injured lung tissue, wherein they reached a peak at 6 h post-injection and "
            "declined dramatically by day 3. Based on these findings, a [[second injection|s:2]] of "
            "[[BMSCs|c:bm]] was administered 3 days after the first injection. The injected [[BMSCs|c:bm]] migrated "
            "to the injured lungs, but did not undergo transformation into specific lung cell types. Interestingly, "
            "the injection of [[BMSC|c:bm]]-conditioned medium ([[BMSCs|c:bm]]-CM) significantly attenuated "
            "silica-induced pulmonary fibrosis. The collagen deposition and number of nodules were decreased in lung "
            "tissues of [[BMSCs|c:bm]]-CM-treated rats. In parallel with these findings, the mRNA levels of collagen "
            "I, collagen III, and fibronectin, and the content of transforming growth factor (TGF)-β1 and "
            "hydroxyproline were decreased in the [[BMSCs|c:bm#BMSCs-CM-treated group]]-CM-treated group compared "
            "with the silica group. In addition, alveolar epithelial markers were upregulated by "
            "[[BMSCs|c:bm]]-CM treatment.",
            "**Conclusions** [[BMSCs|c:bm]] migrated to injured areas of the lung after silica instillation and "
            "attenuated pulmonary fibrosis. The anti-fibrotic effects of [[BMSCs|c:bm]] were mainly exerted in "
            "paracrine manner, rather than through their ability to undergo differentiation.",
        ],
        notes=("Rat study of bone marrow MSCs, injected twice three days apart, and their conditioned medium in "
               "silica-induced pulmonary fibrosis (species rat): title and the whole abstract from the journal's "
               "stored article page (year from the DOI). The Background's earlier finding of the same group (no "
               "species named, the same rat model) keeps the default species rat (doubtful). Cells: 'bone marrow "
               "mesenchymal stem cells', 'BMSCs' -> bone_marrow_msc, per mention; the cell name inside "
               "'BMSC-conditioned medium (BMSCs-CM)', 'BMSCs-CM-treated rats', 'BMSCs-CM treatment' is a cell "
               "mention (as 'MenSC-derived conditioned media' and 'hPMSC supernatant' in this corpus), the medium "
               "itself no cell type. Arm: 'the BMSCs-CM-treated group compared with the silica group' -> the compared "
               "silica group is no subject; the 'BMSCs' in the treated group's name carries arm 'BMSCs-CM-treated "
               "group'. Sessions: 'a second injection' -> 2 (an ordinal; the text states no count of injections); "
               "'the first injection' refers to the same pair (no fact; doubtful). No route (the injection route is "
               "not named), no dose, no follow-up: 'a peak at 6 h post-injection' and 'declined dramatically by day 3' "
               "are times of a tracking signal's peak and fall (events), '3 days after the first injection' an "
               "interval between doses. Traps: 'silica instillation' (the model, no dose), TGF-β1 and hydroxyproline "
               "(no hormones of the list), 'collagen I, collagen III', 'NIR-DiR'."),
        layout={"columns": 2, "font": "serif", "journal": "Stem Cell Research & Therapy (2018) 9"},
    ),
    RealText(
        id="en_animal_scrt2021_bmmsc_atmsc_cli_mice_28_days", lang="en", kind="animal", batch=14,
        title="Comparative analysis of mouse bone marrow and [[adipose tissue mesenchymal stem cells|c:ad]] for "
              "critical limb ischemia cell therapy",
        authors="Pegah Nammian, Seyedeh-Leili Asadi-Yousefabad, Sajad Daneshi, Mohammad Hasan Sheikhha, Seyed "
                "Mohammad Bagher Tabei, Vahid Razban",
        journal="Stem Cell Research & Therapy 12:58", year=2021, doi="10.1186/s13287-020-02110-x",
        url="https://stemcellres.biomedcentral.com/articles/10.1186/s13287-020-02110-x",
        licence="CC BY 4.0 (BMC, all articles)",
        species="mouse",
        abstract=(
            "**Introduction** Critical limb ischemia (CLI) is the most advanced form of peripheral arterial disease "
            "(PAD) characterized by ischemic rest pain and non-healing ulcers. Currently, the standard therapy for "
            "CLI is the surgical reconstruction and endovascular therapy or limb amputation for patients with no "
            "treatment options. Neovasculogenesis induced by [[mesenchymal stem cells|c:msc@human]] "
            "([[MSCs|c:msc@human]]) therapy is a promising approach to improve CLI. Owing to their angiogenic and "
            "immunomodulatory potential, [[MSCs|c:msc@human]] are perfect candidates for the treatment of CLI. The "
            "purpose of this study was to determine and compare the in vitro and in vivo effects of allogeneic "
            "[[bone marrow mesenchymal stem cells|c:bm]] ([[BM-MSCs|c:bm]]) and "
            "[[adipose tissue mesenchymal stem cells|c:ad]] ([[AT-MSCs|c:ad]]) on CLI treatment."),
        body=[
            "**Methods** For the first step, [[BM-MSCs|c:bm]] and [[AT-MSCs|c:ad]] were isolated and characterized "
            "for the characteristic MSC phenotypes. Then, femoral artery ligation and total excision of the femoral "
            "artery were performed on C57BL/6 mice to create a CLI model. The cells were evaluated for their in vitro "
            "and in vivo biological characteristics for CLI cell therapy. In order to determine these "
            "characteristics, the following tests were performed: morphology, flow cytometry, differentiation to "
            "osteocyte and adipocyte, wound healing assay, and behavioral tests including Tarlov, Ischemia, Modified "
            "ischemia, Function and the grade of limb necrosis scores, donor cell survival assay, and histological "
            "analysis.",
            "**Results** Our cellular and functional tests indicated that during [[28 days|f:28,day]] after cell "
            "transplantation, [[BM-MSCs|c:bm]] had a great effect on endothelial cell migration, muscle "
            "restructure, functional improvements, and neovascularization in ischemic tissues compared with "
            "[[AT-MSCs|c:ad]] and control groups.",
        ],
        notes=("Mouse study comparing allogeneic bone marrow and adipose tissue MSCs in a femoral-artery-excision model "
               "of critical limb ischaemia (species mouse): title and abstract from the journal's stored article page "
               "(authors and volume from the stored PubMed Central copy), cut before the Conclusions, which break off "
               "in both copies. The Introduction's statements on MSC therapy in general carry no species (@human "
               "removes the default); the study's aim and cells carry mouse. Cells: 'bone marrow mesenchymal stem "
               "cells', 'BM-MSCs' -> bone_marrow_msc; 'adipose tissue mesenchymal stem cells', 'AT-MSCs' -> "
               "adipose_msc; 'mesenchymal stem cells (MSCs)', 'MSCs' -> msc. In the title 'mouse bone marrow and "
               "adipose tissue mesenchymal stem cells' only the second conjunct names cells in full; 'bone marrow' "
               "alone is a tissue word and is left unmarked (doubtful: the coordination means bone marrow MSCs). "
               "'the characteristic MSC phenotypes' describes cells, no therapy (no mark). Follow-up: 'during 28 days "
               "after cell transplantation' -> 28 days. No route (the cells' delivery is not named), no dose, no "
               "sessions, no arms ('compared with AT-MSCs and control groups': a comparison, and names sharing one "
               "plural head). Traps: 'C57BL/6 mice' (no count), 'femoral artery ligation' (the model), 'wound healing "
               "assay' (in vitro), Tarlov/Ischemia/Function scores, 'limb amputation for patients' (no count)."),
        layout={"columns": 2, "font": "sans", "journal": "Stem Cell Research & Therapy (2021) 12:58"},
    ),
    RealText(
        id="en_animal_fendo2025_ucmsc_four_routes_t2dm_rats", lang="en", kind="animal", batch=14,
        title="Effect of administration routes on the efficacy of "
              "[[human umbilical cord mesenchymal stem cells|c:uc]] in type 2 diabetic rats",
        authors="(author list not shown in the stored copy; affiliations: Hainan Beautech Stem Cell Anti-Aging "
                "Hospital, Qionghai, China; Australian Institute for Bioengineering and Nanotechnology, University "
                "of Queensland)",
        journal="Frontiers in Endocrinology 16", year=2025, doi="10.3389/fendo.2025.1536655",
        url="https://frontiersin.org/journals/endocrinology/articles/10.3389/fendo.2025.1536655/full",
        licence="CC BY 4.0 (Frontiers, all articles)",
        species="rat",
        abstract=(
            "[[Human umbilical cord mesenchymal stem cells|c:uc@human]] ([[UCMSCs|c:uc@human]]) are being "
            "investigated in various clinical trials for different conditions, including type 2 diabetes mellitus "
            "(T2DM). However, there is limited research on the optimal injection routes for [[UCMSCs|c:uc@human]] "
            "in T2DM, particularly [[intravenous injection|r:iv@human]]. The objective of this study aims to "
            "investigate the efficacy of four different administration routes of [[UCMSCs|c:uc]] in treating T2DM "
            "rats, including pancreas injection (DP), [[tail vein injection (DT)|r:iv#DT group]], "
            "[[intraperitoneal injection (DI)|r:ip#DI group]], and dorsal pancreatic artery injection (DPA). After "
            "[[two weeks|f:2,week]] of [[UCMSCs|c:uc]] treatment, the fasting blood glucose levels in the DT group "
            "decreased significantly. The oral glucose tolerance test (OGTT) levels and the islet structure in the "
            "DT group almost recovered to normal. The contents of C-P and GLP-1 in serum increased significantly in "
            "all treatment groups, while the levels of INS, TNF-α, IL-6, IL-1β, IAA, and GSP decreased "
            "significantly. These improvements were further observed after [[four weeks|f:4,week]] of "
            "[[UCMSCs|c:uc]] treatment. Histological analysis confirmed the progression of pancreatic recovery in "
            "all treatment groups, with the DT group showing the most significant improvement, correlating with the "
            "observed efficacy. Immunohistochemistry results further demonstrated increased insulin and PDX-1 "
            "expression, along with reduced glucagon levels in [[UCMSCs|c:uc]]-treated rats."),
        notes=("Rat study comparing four routes of human umbilical cord MSCs in type 2 diabetes (species rat): title "
               "and abstract from the journal's stored page of the provisionally accepted article (authors not "
               "shown there), cut at a sentence end before the copy breaks off ('Additionally, liver and kidn...'). "
               "The first two sentences (clinical trials, the research gap 'particularly intravenous injection') are "
               "general: no species ('intravenous injection' there names a route of the therapy in general -> "
               "intravenous, no species; doubtful). Cells: 'human umbilical cord mesenchymal stem cells', 'UCMSCs' (also in "
               "'UCMSCs treatment', 'UCMSCs-treated rats') -> umbilical_cord_msc. Routes and arms: four groups named "
               "by route with bracketed aliases, later called 'the DT group': 'tail vein injection (DT)' -> "
               "intravenous, arm 'DT group'; 'intraperitoneal injection (DI)' -> intraperitoneal, arm 'DI group' (each "
               "a phrase with its bracketed alias: one fact; doubtful: the groups are first named only by their "
               "routes); 'pancreas injection (DP)' and 'dorsal pancreatic artery injection (DPA)' have no contract "
               "id. Follow-up: 'After two weeks of UCMSCs treatment' and 'after four weeks of UCMSCs treatment' -> 2 "
               "and 4 weeks (outcomes measured after the cells; read as times after treatment, not a daily course; "
               "doubtful); the clause 'After two weeks of UCMSCs treatment' is set off by a comma from 'in the DT "
               "group', so it carries no arm. The later DT-group clauses name no contract fact; 'all treatment "
               "groups' and 'the most significant improvement' compare groups (no arms). No dose, no sessions. "
               "Traps: C-P, GLP-1, INS (insulin), glucagon, IAA, GSP, PDX-1 (no hormones of the list), OGTT, 'four "
               "different administration routes' (a count of routes)."),
        layout={"columns": 1, "font": "serif", "journal": "Frontiers in Endocrinology (2025) 16"},
    ),
    RealText(
        id="en_animal_wjsc2022_hucmsc_intratracheal_intraperitoneal_bpd_rats", lang="en", kind="animal", batch=14,
        title="Intratracheal administration of [[umbilical cord-derived mesenchymal stem cells|c:uc]] attenuates "
              "hyperoxia-induced multi-organ injury via heme oxygenase-1 and JAK/STAT pathways",
        authors="Na Dong, Pan-Pan Zhou, Dong Li, Hua-Su Zhu, Ling-Hong Liu, Hui-Xian Ma, Qing Shi, Xiu-Li Ju",
        journal="World Journal of Stem Cells 14(7):556-576", year=2022, doi="10.4252/wjsc.v14.i7.556",
        url="https://wjgnet.com/1948-0210/full/v14/i7/556.htm",
        licence="CC BY-NC 4.0 (Baishideng's World J Stem Cells, all articles; 'Open Access' on the stored page)",
        species="rat",
        abstract=(
            "**BACKGROUND** Bronchopulmonary dysplasia (BPD) is not merely a chronic lung disease, but a systemic "
            "condition with multiple organs implications predominantly associated with hyperoxia exposure. Despite "
            "advances in current management strategies, limited progress has been made in reducing the BPD-related "
            "systemic damage. Meanwhile, although the protective effects of "
            "[[human umbilical cord-derived mesenchymal stem cells|c:uc@human]] ([[hUC-MSCs|c:uc@human]]) or their "
            "[[exosomes|c:ev@human]] on hyperoxia-induced lung injury have been explored by many researchers, the "
            "underlying mechanism has not been addressed in detail, and few studies have focused on the therapeutic "
            "effect on systemic multiple organ injury."),
        body=[
            "**AIM** To investigate whether [[hUC-MSC|c:uc]] intratracheal administration could attenuate "
            "hyperoxia-induced lung, heart, and kidney injuries and the underlying regulatory mechanisms.",
            "**METHODS** Neonatal rats were exposed to hyperoxia (80% O2), treated with [[hUC-MSCs|c:uc]] "
            "intratracheal (iT) or [[intraperitoneal (iP)|r:ip]] on postnatal day 7, and harvested on postnatal day "
            "21. The tissue sections of the lung, heart, and kidney were analyzed morphometrically. Protein contents "
            "of the bronchoalveolar lavage fluid (BALF), myeloperoxidase (MPO) expression, and malondialdehyde (MDA) "
            "levels were examined. Pulmonary inflammatory cytokines were measured via enzyme-linked immunosorbent "
            "assay. A comparative transcriptomic analysis of differentially expressed genes (DEGs) in lung tissue was "
            "conducted via RNA-sequencing. Subsequently, we performed reverse transcription-quantitative polymerase "
            "chain reaction and western blot analysis to explore the expression of target mRNA and proteins related "
            "to inflammatory and oxidative responses.",
        ],
        notes=("Rat study of human umbilical cord MSCs given intratracheally or intraperitoneally to neonatal rats "
               "exposed to hyperoxia, a bronchopulmonary dysplasia model (species rat): title and the Background, Aim "
               "and Methods of the abstract from the journal's stored article page (section heads as the PubMed "
               "record prints them), cut at the end of the Methods before the copy breaks off in the Results. The "
               "Background's statement on what many researchers have explored carries no species. Cells: "
               "'umbilical cord-derived mesenchymal stem cells' (title), 'human umbilical cord-derived mesenchymal "
               "stem cells', 'hUC-MSCs', 'hUC-MSC' -> umbilical_cord_msc; 'their exosomes' -> extracellular_vesicle. "
               "Route: 'intraperitoneal (iP)' -> intraperitoneal (a word and its bracketed abbreviation: one fact); "
               "'intratracheal (iT)' and 'Intratracheal administration' have no contract id. No arms: 'treated with "
               "hUC-MSCs intratracheal (iT) or intraperitoneal (iP)' gives two values without counts or "
               "'respectively' (as 'either a single complete dose or three divided doses' in this corpus). No "
               "follow-up: 'on postnatal day 7' and 'harvested on postnatal day 21' are ages counted from birth "
               "(the 14 days between them are not stated). No dose, no sessions. Traps: '80% O2' (a concentration), "
               "'heme oxygenase-1', 'JAK/STAT', MPO/MDA/BALF (no hormones), 'multiple organs'."),
        layout={"columns": 2, "font": "serif", "journal": "World J Stem Cells 2022; 14(7): 556-576"},
    ),
    RealText(
        id="en_clinical_scrt2020_wjmsc_subtenon_rp_32_patients_one_year", lang="en", kind="clinical", batch=14,
        title="Management of retinitis pigmentosa by [[Wharton’s jelly-derived mesenchymal stem cells|c:uc]]: "
              "prospective analysis of [[1-year|f:1,year]] results",
        authors="Emin Özmert, Umut Arslan",
        journal="Stem Cell Research & Therapy 11:353", year=2020, doi="10.1186/s13287-020-01870-w",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC7425139",
        licence="CC BY 4.0 (BMC, all articles)",
        abstract=(
            "**Purpose** The aim of the study was to investigate annual structural and functional results, and their "
            "correlation with inheritance pattern of retinitis pigmentosa (RP) patients who were treated with "
            "[[Wharton’s jelly-derived mesenchymal stem cells|c:uc]] ([[WJ-MSCs|c:uc]])."),
        body=[
            "**Material and methods** This prospective, sequential, open-label phase-3 clinical study was conducted "
            "at Ankara University Faculty of Medicine, Department of Ophthalmology, between April 2019 and May 2020. "
            "The study included 34 eyes from [[32 retinitis pigmentosa patients|n:32]] of various genotypes who were "
            "enrolled in the stem cells clinical trial. The patients were followed for [[12 months|f:12,month]] after "
            "the [[WJ-MSCs|c:uc]] transplantation into subtenon space and evaluated with consecutive examinations. "
            "Genetic mutations were investigated using a retinitis pigmentosa panel sequencing method consisting of "
            "90 genes. All patients underwent a complete routine ophthalmic examination with best corrected visual "
            "acuity, optical coherence tomography angiography, visual field, and full-field electroretinography. "
            "Quantitative data obtained from baseline (T0), 6th month (T1), and [[12th month|f:12,month]] (T2) "
            "examinations were compared.",
            "**Results** According to timepoints at T0, T1, and T2: The mean outer retinal thickness was 100.3 μm, "
            "119.1 μm, and 118.0 μm, respectively (p = 0.01; T0 < T1, T2). The mean horizontal ellipsoid zone width "
            "were 2.65 mm, 2.70 mm, and 2.69 mm respectively (p = 0.01; T0 < T1, T2). The mean best corrected visual "
            "acuity (BCVA) were 70.5 letters, 80.6 letters, and 79.9 letters, respectively (p = 0.01; T0 < T1, T2). "
            "The mean fundus perimetry deviation index (FPDI) was 8.0%, 11.4%, and 11.6%, respectively (p = 0.01; "
            "T0 < T1, T2).",
        ],
        notes=("Prospective open-label study of Wharton's jelly MSCs implanted in the subtenon space in retinitis "
               "pigmentosa, followed one year (clinical, no species): title and abstract from the stored PubMed "
               "Central copy (the last Results sentence also from the stored x-mol copy), cut at a sentence end "
               "before the copies break off in the electroretinography results. Cells: 'Wharton’s jelly-derived "
               "mesenchymal stem cells', 'WJ-MSCs' -> umbilical_cord_msc (Wharton's jelly is umbilical cord tissue); "
               "'stem cells clinical trial' names none. Sample size: '34 eyes from 32 retinitis pigmentosa patients' "
               "-> 32 (eyes are not patients). Follow-up: '1-year results' (title; outcomes a year after the "
               "implantation), 'followed for 12 months after the WJ-MSCs transplantation' -> 12 months; the list "
               "'baseline (T0), 6th month (T1), and 12th month (T2) examinations' -> one fact, the last time point, "
               "12th month. No route ('transplantation into subtenon space': no contract id), no dose, no sessions. "
               "Traps: 'annual ... results' (no number), 'between April 2019 and May 2020' (a study period), 'phase-3', "
               "'90 genes', the T0/T1/T2 codes and their values 'respectively' (time codes and outcome values, no "
               "arms), 'p = 0.01', μm/mm/letters/% values."),
        layout={"columns": 1, "font": "sans", "journal": "Stem Cell Research & Therapy (2020) 11:353"},
    ),
    RealText(
        id="en_animal_scrt2021_bmmsc_subcutaneous_burn_rats_three_groups", lang="en", kind="animal", batch=14,
        title="Therapeutic effect of [[mesenchymal stem cells|c:msc]] on histopathological, immunohistochemical, and "
              "molecular analysis in second-grade burn model",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Stem Cell Research & Therapy 12", year=2021, doi="10.1186/s13287-021-02365-y",
        url="https://stemcellres.biomedcentral.com/articles/10.1186/s13287-021-02365-y",
        licence="CC BY 4.0 (BMC, all articles)",
        species="rat",
        abstract=(
            "**Background and aim** Deleterious cutaneous tissue damages could result from exposure to thermal "
            "trauma, which could be ameliorated structurally and functionally through therapy via the most "
            "multipotent progenitor [[bone marrow mesenchymal stem cells|c:bm@human]] ([[BM-MSCs|c:bm@human]]). This "
            "study aimed to induce burns and examine the effect of [[BM-MSCs|c:bm]] during a short and long period "
            "of therapy."),
        body=[
            "**Material and methods** Ninety albino rats were divided into three groups: group I (control); group II "
            "(burn model), the animals were exposed to the preheated aluminum bar at 100°C for 15 s; and group III "
            "(the burned animals [[subcutaneously injected|r:sc#group III]] with [[BM-MSCs|c:bm#group III]] (2×10^{6} "
            "cells/ ml)); they were clinically observed and sacrificed at different short and long time intervals, "
            "and skin samples were collected for histopathological and immunohistochemical examination and analysis "
            "of different wound healing mediators via quantitative polymerase chain reaction (qPCR).",
            "**Results** [[Subcutaneous injection|r:sc]] of [[BM-MSCs|c:bm]] resulted in the decrease of the wound "
            "contraction rate; the wound having a pinpoint appearance and regular arrangement of the epidermal layer "
            "with thin stratum corneum; decrease in the area percentages of ADAMs10 expression; significant "
            "downregulation of transforming growth factor-β (TGF-β), interleukin-6 (IL-6), tumor necrotic factor-α "
            "(TNF-α), metalloproteinase-9 (MMP-9), and microRNA-21; and marked upregulation of heat shock protein-90α "
            "(HSP-90α) especially in late stages.",
            "**Conclusion** [[BM-MSCs|c:bm]] exhibited a powerful healing property through regulating the mediators "
            "of wound healing and restoring the normal skin structures, reducing the scar formation and the wound "
            "size.",
        ],
        notes=("Rat study of bone marrow MSCs injected subcutaneously into second-degree burns (species rat): title and "
               "the whole abstract from the journal's stored article page, which prints '2×106 cells/ ml' "
               "(superscript flattened), written 2×10^{6}. The Background's first sentence (what BM-MSC therapy could "
               "do in general) carries no species. Cells: 'mesenchymal stem cells' (title) -> msc; 'bone marrow "
               "mesenchymal stem cells', 'BM-MSCs' -> bone_marrow_msc, per mention. Arms: 'group I (control)', 'group "
               "II (burn model)', 'group III (the burned animals subcutaneously injected with BM-MSCs ...)' are named "
               "groups; group III's route and cells -> arm 'group III'; groups I and II have no fact. The Results "
               "paragraph names no group: 'Subcutaneous injection of BM-MSCs' -> subcutaneous and bone_marrow_msc, no "
               "arm. No dose: '(2×10^6 cells/ ml)' is a concentration. No sessions, no follow-up ('at different short "
               "and long time intervals', 'during a short and long period of therapy', 'in late stages': no values). "
               "Traps: 'Ninety albino rats', 'three groups' (animals), '100°C for 15 s' (the burn), TGF-β/IL-6/TNF-α/"
               "MMP-9/HSP-90α/ADAMs10/microRNA-21 (no hormones of the list), 'thermal trauma'."),
        layout={"columns": 2, "font": "serif", "journal": "Stem Cell Research & Therapy (2021) 12"},
    ),
    RealText(
        id="en_review_ije2021_msc_t2dm_clinical_studies_table", lang="en", kind="review", batch=14,
        title="(title not in the stored copy of the table; International Journal of Endocrinology 2021:9938658, "
              "Table 3)",
        authors="(not shown in the stored copy)",
        journal="International Journal of Endocrinology 2021:9938658", year=2021, doi="10.1155/2021/9938658",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC8178013/table/tab3",
        licence="CC BY 4.0 (Hindawi, all articles)",
        abstract="",
        body=[
            "**Table 3.** Clinical studies of MSC therapy for T2DM.",
            "Publication Cell resource Injection method Injection dose Number of injections Follow-up time Efficacy "
            "Evaluation Index Results Adverse events Study design",
            "Liu et al. [42] [[WJ-MSC|c:uc]] Splenic artery injection; [[intravenous injection|r:iv]] "
            "[[1 × 10^{6} cells/kg|d:1e6,cells/kg,-]] [[Twice|s:2]] [[12 months|f:12,month]] HbA1c, C-peptide, FBG, "
            "PBG, insulin requirements, inflammatory markers, T lymphocyte counts [[WJ-MSC|c:uc]] transplantation "
            "significantly decreased the levels of glucose and glycated hemoglobin, improved C-peptide levels and beta "
            "cell function and reduced markers of systemic inflammation and T lymphocyte counts. Fever, subcutaneous "
            "hematoma, nausea, vomiting, and headache Open, single-center, nonrandomized study",
            "Bhansaliet al. [43] Autologous [[BM-MSC|c:bm]] Superior pancreatic injection; "
            "[[antecubital vein injection|r:iv]] [[1 × 10^{6} cells/kg|d:1e6,cells/kg,-]] [[Twice|s:2]] "
            "[[12 months|f:12,month]] Insulin requirements, HbA1c, C-peptide [[BM-MSC|c:bm]] therapy resulted in a "
            "significant decrease in the insulin dose requirement along with an improvement in the stimulated "
            "C-peptide levels in T2DM. No obviously adverse reactions Randomized, single-blinded, placebo-controlled "
            "study",
            "Bhansali et al. [44] Autologous [[BM-MSC|c:bm]] and autologous BM-MNC Superior pancreatic injection; "
            "[[antecubital vein injection|r:iv]] MSCs:[[1 × 10^{6} cells/kg|d:1e6,cells/kg,-#MSCs]]",
            "MNCs: [[1 × 10^{9} cells/kg|d:1e9,cells/kg,-#MNCs]]",
            "[[Twice|s:2]] [[12 months|f:12,month]] ISI, insulin, HbA1c, C-peptide, HOMA-IR, HOMA-β, HOMA-S, GLUT-4, "
            "IRS-1 Both autologous [[BM-MSCs|c:bm]] and autologous BM-MNCs resulted in sustained reduction in insulin "
            "doses in T2DM and improved insulin sensitivity with [[MSCs|c:msc]] and increased C-peptide response with "
            "MNCs. Nausea and vomiting, local extravasation, minor hypoglycemia Randomized, single-blinded, "
            "placebo-controlled study",
        ],
        notes=("A review's table of clinical studies of MSC therapy in type 2 diabetes (review; clinical studies, no "
               "species): caption, header and the first three rows as the stored PubMed Central table page prints "
               "them as text, one paragraph per line of that copy (its rows run on in one line each, too wide for "
               "the layout's one-line table cells; row 3 breaks after each dose; the Hindawi table page has the same "
               "rows), cut at a row end before the fourth row, which breaks "
               "off in both copies; no title or authors on the table page (placeholder title, no facts). Every fact "
               "is a cited study's (its row). Cells: 'WJ-MSC' (Wharton's jelly, umbilical cord tissue) -> "
               "umbilical_cord_msc; 'BM-MSC(s)' -> bone_marrow_msc; 'MSCs' in row 3's Results -> msc; 'BM-MNC(s)', "
               "'MNCs' (bone marrow mononuclear cells) have no canonical id. Routes: 'intravenous injection', "
               "'antecubital vein injection' (a peripheral vein) -> intravenous; 'Splenic artery injection', "
               "'Superior pancreatic injection' have no contract id. Doses: '1 × 10^6 cells/kg' (rows 1-2), row 3's "
               "'MSCs:1 × 10^6 cells/kg' and 'MNCs: 1 × 10^9 cells/kg' -> cells/kg, per null; row 3 gives each dose "
               "to its named group (arms 'MSCs' and 'MNCs'; doubtful: the labels are cell names standing for the "
               "trial's two cell arms). Sessions: the column 'Number of injections' -> 'Twice' = 2 per row. "
               "Follow-up: the column 'Follow-up time' -> 12 months per row. Traps: 'subcutaneous hematoma' (an "
               "adverse event, not a route), 'insulin dose requirement', 'insulin doses' (the patients' insulin, not "
               "a dose of the protocol, no value), 'insulin' in the index list (no hormone of the list), C-peptide/"
               "HbA1c/HOMA values, 'Bhansaliet al.' (as printed), citation numbers [42]-[44]."),
        layout={"columns": 1, "font": "sans", "journal": "International Journal of Endocrinology (2021) 2021:9938658"},
    ),
    # Chinese texts, tenth batch
    RealText(
        id="zh_review_hanspub2023_msc_crohn_perianal_fistula", lang="zh", kind="review", batch=16,
        title="[[间充质干细胞|c:msc]]治疗克罗恩病肛周瘘管的研究进展",
        authors="陈亚珍, 詹学",
        journal="临床医学进展 13(4): 5612-5620", year=2023, doi="10.12677/ACM.2023.134793",
        url="https://www.hanspub.org/journal/PaperInformation.aspx?paperID=63962",
        licence="CC BY 4.0 (Hans Publishers, all articles)",
        abstract=(
            "**摘要:** 克罗恩病(Crohn’s disease, CD)是一种肠道慢性进展性炎性疾病,病变以末段回肠及其邻近结肠为主,可累及从口腔"
            "至肛周的任一部位,肛周瘘管是克罗恩病的常见并发症,严重影响患者的生活质量。[[间充质干细胞|c:msc]]"
            "([[Mesenchymal Stem Cells|c:msc]], [[MSCs|c:msc]])具有免疫调节和抗炎作用,在治疗克罗恩病肛周瘘管方面具有发展潜力。"
            "本文将对近年来[[MSCs|c:msc]]用于克罗恩病肛周瘘管的治疗情况进行综述。"),
        notes=("Chinese review (cell therapy outside the ovary: MSCs for perianal fistulas in Crohn's disease) from Hans "
               "Publishers' Advances in Clinical Medicine: the title and the bilingual abstract from the journal's "
               "article page, whose stored copy breaks off inside the first sentence of the introduction (so the "
               "passage ends with the abstract) and prints no licence line; Hans Publishers' CC BY 4.0 for every "
               "article. The stored copy's punctuation (ASCII commas and brackets, Chinese full stops, the curly "
               "apostrophe of 'Crohn’s') kept as printed; the second author is printed '詹 学*' (written 詹学). A text "
               "with few facts, all cell types: '间充质干细胞', its gloss 'Mesenchymal Stem Cells' and the "
               "abbreviation 'MSCs' -> msc (three names on the page), a second 'MSCs', and in the English title and "
               "abstract 'Mesenchymal Stem Cells', 'Mesenchymal stem cell (MSC)' (two mentions) and 'MSCs'. Traps: "
               "'克罗恩病(Crohn’s disease, CD)' / 'CD' (the disease, not a cell), '末段回肠及其邻近结肠' and '口腔至肛周' "
               "(sites of the disease, no route), '患者' / 'patients' without a count (no sample size), '近年来' / "
               "'in recent years' (no follow-up), no dose, route or number of injections in the abstract."),
        layout={"columns": 2, "font": "sans", "journal": "临床医学进展 2023年 第13卷 第4期",
                "keywords": "许可：CC BY 4.0",
                "en_title": "Study Advances in the Treatment of Perianal Fistulizing Crohn’s Disease with "
                            "[[Mesenchymal Stem Cells|c:msc]]",
                "en_abstract": (
                    "**Abstract:** Crohn’s disease (CD) is a chronic and progressive inflammatory disease of the "
                    "intestinal tract. The pathological changes of CD are mainly in the terminal ileum and its adjacent "
                    "colon, and can affect any part from oral cavity to perianal region. Perianal fistula is a common "
                    "complication of CD, which seriously affects the quality of life of patients. "
                    "[[Mesenchymal stem cell|c:msc]] ([[MSC|c:msc]]) has immunomodulatory and anti-inflammatory "
                    "effects and has a good effect in the treatment of Crohn’s disease anal fistula. This article will "
                    "review the application of [[MSCs|c:msc]] in the treatment of perianal fistula in Crohn’s disease "
                    "in recent years."),
                "en_keywords": "Licence: CC BY 4.0"},
    ),
    RealText(
        id="zh_review_wcjd2025_bmsc_transplant_cirrhosis", lang="zh", kind="review", batch=16,
        title="[[骨髓间充质干细胞|c:bm]]移植治疗肝硬化的研究进展",
        authors="阮梦凡, 尹宇航, 邵晓冬, 祁兴顺",
        journal="世界华人消化杂志 33(2): 106-113", year=2025,
        doi="https://wjgnet.com/1009-3079/full/v33/i2/106.htm",
        url="https://wjgnet.com/1009-3079/full/v33/i2/106.htm",
        licence="CC BY-NC 4.0 (Baishideng Publishing Group, all articles)",
        abstract=(
            "肝硬化的发病率和死亡率逐年上升, 已成为威胁人类健康的重要因素. 肝硬化早期常缺乏明显症状, 随着疾病的发展, "
            "肝移植已成为肝硬化终末期阶段唯一有效的治疗方法. 然而, 由于肝移植手术成本高、并发症多且供体资源有限, 导致肝移植"
            "手术的应用范围受限. 目前, 干细胞疗法已发展成为治疗肝硬化的一种替代方法. 干细胞的来源及类型不一, 自体"
            "[[骨髓来源的间充质干细胞|c:bm]]([[bone marrow mesenchymal stem cells|c:bm]], [[BMSCs|c:bm]])因其分化潜力大、"
            "含量丰富、易于获取和制备等优势已成为参与组织再生的重要细胞之一. 本文通过回顾相关文献, 对[[BMSCs|c:bm]]治疗"
            "肝硬化的机制、移植途径、安全性、有效性、细胞来源、优势及其局限性作一综述."),
        body=[
            "**核心提要:** [[骨髓间充质干细胞|c:bm]]能通过直接分化或旁分泌等作用修复肝脏功能, 已成为肝硬化患者极具前景的"
            "替代疗法. 本文着重回顾了[[骨髓间充质干细胞|c:bm]]在肝硬化患者中的应用, 以指导临床实践.",
            "The incidence and mortality of cirrhosis have been increasing year by year, making it become an important "
            "factor threatening human health. Cirrhosis in the early stage often lacks obvious symptoms, and liver "
            "transplantation has become the only effective treatment for end-stage cirrhosis. However, due to the high "
            "cost of liver transplantation, the high incidence of complications, and limited donor resources, the "
            "application of liver transplantation has been limited. Currently, stem cell therapy has been considered an "
            "alternative treatment for cirrhosis.",
        ],
        notes=("Chinese review (cell therapy outside the ovary: bone-marrow MSCs for cirrhosis) from the World Chinese "
               "Journal of Digestology (Baishideng): the whole Chinese abstract, the core tip (核心提要) and the first four "
               "sentences of the English abstract, cut at that sentence's end (the stored copy breaks off inside the "
               "fifth). The stored copy starts inside the page header (at the revision date), so the title and "
               "authors are read from its citation line (引文著录), and no DOI is shown in the stored part (the "
               "journal's pattern would give 10.11569/wcjd.v33.i2.106 - not written as the DOI, the URL stands in). "
               "ASCII punctuation kept as printed. Licence: BPG's statement for all its articles (see SOURCES.md; "
               "a 2025 article). A text with few facts, all cell types -> bone_marrow_msc: the title's "
               "'骨髓间充质干细胞', '骨髓来源的间充质干细胞' (marked without '自体', the shortest words naming the "
               "cells), its gloss 'bone marrow mesenchymal stem cells' and 'BMSCs' (three names), a second 'BMSCs' "
               "and the core tip's two '骨髓间充质干细胞'. Traps: '干细胞疗法' / 'stem cell therapy' and '干细胞的来源及"
               "类型' (generic), '肝移植' / 'liver transplantation' (organ transplantation), '移植途径' (the review "
               "covers routes but names none here: no route), '肝硬化患者' without a count, '逐年上升' / 'year by year' "
               "(no follow-up), '重要细胞之一' (no cell named)."),
        layout={"columns": 1, "font": "serif", "journal": "世界华人消化杂志 2025年 第33卷 第2期",
                "keywords": "许可：CC BY-NC 4.0"},
    ),
    RealText(
        id="zh_review_wcjd2011_bmsc_acute_liver_failure", lang="zh", kind="review", batch=16,
        title="[[骨髓间充质干细胞|c:bm]]治疗急性肝衰竭的研究进展",
        authors="范敬静, 李东良",
        journal="世界华人消化杂志 19(20): 2141-2145", year=2011, doi="10.11569/wcjd.v19.i20.2141",
        url="https://wjgnet.com/1009-3079/full/v19/i20/2141.htm",
        licence="CC BY-NC 4.0 (Baishideng Publishing Group, all articles)",
        abstract=(
            "[[骨髓间充质干细胞|c:bm]]([[bone marrow mesenchymal stem cells|c:bm]], [[BMSCs|c:bm]])是干细胞中一类具有自我"
            "增殖和分化潜能的细胞. 在适宜的微环境下, [[BMSCs|c:bm]]可分化为骨细胞、软骨细胞、脂肪细胞、神经细胞、肝细胞等多种"
            "细胞, 基于此种特性使之成为原位肝移植或生物人工肝支持系统的新型种子细胞. 本文就[[BMSCs|c:bm]]的基础研究及其临床"
            "治疗急性肝衰竭的进展作一综述."),
        notes=("Chinese review (cell therapy outside the ovary: bone-marrow MSCs for acute liver failure) from the World "
               "Chinese Journal of Digestology (Baishideng): the title and the whole abstract (three sentences) from the "
               "journal's article page, whose stored copy prints 'Open Access' and breaks off inside the English author "
               "line; the English title printed there is 'Bone marrow mesenchymal stem cells as a treatment for acute "
               "liver failure' (in the layout's English title). The keywords line (骨髓间充质干细胞; 细胞分化; 细胞移植; "
               "急性肝衰竭) is left out, as keywords yield no facts. ASCII punctuation kept as printed. Licence: BPG's "
               "statement for all its articles (see SOURCES.md; doubtful for a 2011 article). A text with few facts, "
               "all cell types -> bone_marrow_msc: '骨髓间充质干细胞' (title and abstract), its gloss 'bone marrow "
               "mesenchymal stem cells' and 'BMSCs' (three names), two later 'BMSCs' (the cells the review is about, "
               "also where their potential is described), and the English title. Traps: '骨细胞、软骨细胞、脂肪细胞、"
               "神经细胞、肝细胞' (cells the MSCs may become, not cells given; '脂肪细胞' is adipocytes, not "
               "adipose_msc), '干细胞' (generic), '原位肝移植' (organ transplantation), '生物人工肝支持系统' (a device), "
               "'种子细胞' (seed cells, no cell named), '基础研究及其临床' (no count, no study named)."),
        layout={"columns": 2, "font": "serif", "journal": "世界华人消化杂志 2011年 第19卷 第20期",
                "keywords": "许可：CC BY-NC 4.0",
                "en_title": "[[Bone marrow mesenchymal stem cells|c:bm]] as a treatment for acute liver failure",
                "en_keywords": "Licence: CC BY-NC 4.0"},
    ),
    # English texts, fifteenth batch
    RealText(
        id="en_clinical_jtm2018_ucmsc_seven_iv_infusions_ms_one_year", lang="en", kind="clinical", batch=15,
        title="Clinical feasibility of [[umbilical cord tissue-derived mesenchymal stem cells|c:uc]] in the treatment "
              "of multiple sclerosis",
        authors="Neil H. Riordan, Isabela Morales, Giselle Fernández, Nicole Allen, Neal E. Fearnot, Michael E. "
                "Leckrone, Dedra Jones Markovich, Darla Mansfield, Dorita Avila, Amit N. Patel, Santosh Kesari, Jorge "
                "Paz Rodriguez",
        journal="Journal of Translational Medicine 16", year=2018, doi="10.1186/s12967-018-1433-7",
        url="https://translational-medicine.biomedcentral.com/articles/10.1186/s12967-018-1433-7",
        licence="CC BY 4.0 (BMC, all articles)",
        abstract=(
            "**Background** Multiple sclerosis (MS) is a progressively debilitating neurological condition in which "
            "the immune system abnormally erodes the myelin sheath insulating the nerves. [[Mesenchymal stem "
            "cells|c:msc]] ([[MSC|c:msc]]) have been used in the last decade to safely treat certain immune and "
            "inflammatory conditions."),
        body=[
            "**Methods** A safety and feasibility study was completed on the use of [[umbilical cord MSC|c:uc]] "
            "([[UCMSC|c:uc]]) as a treatment for MS. In this [[1-year|f:1,year]] study, consenting subjects received "
            "[[seven|s:7]] [[intravenous infusions|r:iv]] of [[20 × 10^{6}|d:2e7,cells,-]] [[UCMSC|c:uc]] over 7 "
            "days. Efficacy was assessed at baseline, 1 month and [[1 year|f:1,year]] after treatment, including "
            "magnetic resonance imaging (MRI) scans, Kurtzke Expanded Disability Status Scale (EDSS), Scripps "
            "Neurological Rating Scale, Nine-Hole Peg Test, 25-Foot Walk Test, and RAND Short Form-36 quality of "
            "life questionnaire.",
            "**Results** [[Twenty subjects|n:20]] were enrolled in this study. No serious adverse events were "
            "reported. Of the mild AEs denoted as possibly related to treatment, most were headache or fatigue. "
            "Symptom improvements were most notable [[1 month|f:1,month]] after treatment. Improvements were seen in "
            "EDSS scores (p < 0.03), as well as in bladder, bowel, and sexual dysfunction (p < 0.01), in "
            "non-dominant hand average scores (p < 0.01), in walk times (p < 0.02) and general perspective of a "
            "positive health change and improved quality of life. MRI scans of the brain and the cervical spinal "
            "cord showed inactive lesions in 15/18 (83.3%) subjects after [[1 year|f:1,year]].",
            "**Conclusions** Treatment with [[UCMSC|c:uc]] [[intravenous infusions|r:iv]] for subjects with MS is "
            "safe, and potential therapeutic benefits should be further investigated.",
        ],
        notes=("Open-label safety and feasibility study of umbilical cord MSCs infused intravenously in multiple "
               "sclerosis (clinical, no species): title and the whole abstract (Background to Conclusions, without "
               "the trial registration line) from the journal's stored article page, which prints '20 × 106 UCMSC' "
               "(superscript flattened), written 20 × 10^{6}; authors from the stored springermedizin.de copy. Cells: "
               "'umbilical cord tissue-derived mesenchymal stem cells', 'umbilical cord MSC', 'UCMSC' -> "
               "umbilical_cord_msc; 'Mesenchymal stem cells (MSC)' (what MSCs have treated in general) -> msc. "
               "Sessions: 'seven intravenous infusions' -> 7 ('seven') with route 'intravenous infusions' -> "
               "intravenous; 'over 7 days' is the duration of the course (no follow-up, no second count). Dose: "
               "'20 × 10^6 UCMSC' -> 2×10^7 cells, per null (the text does not say per infusion; doubtful: each "
               "infusion held that number). Follow-up: 'this 1-year study' (the length of observation) -> 1 year; "
               "the list 'at baseline, 1 month and 1 year after treatment' -> one fact, the last time point (1 year); "
               "'most notable 1 month after treatment' and 'after 1 year' (outcomes reported at times after the "
               "treatment) -> 1 month and 1 year. Sample size: 'Twenty subjects were enrolled' -> 20. Single arm: no "
               "arms. Traps: '15/18 (83.3%) subjects' (an outcome count), p values, '25-Foot Walk Test', "
               "'Nine-Hole Peg Test', 'Short Form-36', 'the last decade'."),
        layout={"columns": 2, "font": "serif", "journal": "Journal of Translational Medicine (2018) 16"},
    ),
    RealText(
        id="en_clinical_bmcped2021_ucmsc_weekly_iv_ist_pediatric_saa_two_groups", lang="en", kind="clinical",
        batch=15,
        title="Combination of [[umbilical cord mesenchymal stem cells|c:uc]] and standard immunosuppressive regimen "
              "for pediatric patients with severe aplastic anemia",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="BMC Pediatrics 21", year=2021, doi="10.1186/s12887-021-02562-x",
        url="https://bmcpediatr.biomedcentral.com/articles/10.1186/s12887-021-02562-x",
        licence="CC BY 4.0 (BMC, all articles; 'Open access' on the stored page)",
        abstract=(
            "**Background** Defects of bone marrow mesenchymal stem cells (BM-MSCs) in proliferation and "
            "differentiation are involved in the pathophysiology of aplastic anemia (AA). Infusion of [[umbilical "
            "cord mesenchymal stem cells|c:uc]] ([[UC-MSCs|c:uc]]) may improve the efficacy of immunosuppressive "
            "therapy (IST) in childhood severe aplastic anemia (SAA)."),
        body=[
            "**Methods** We conducted an investigator-initiated, open-label, and prospective phase IV trial to "
            "evaluate the safety and efficacy of combination of allogenic [[UC-MSCs|c:uc]] and standard IST for "
            "pediatric patients with newly diagnosed SAA. In [[mesenchymal stem cells|c:msc#MSC group]] "
            "([[MSC|c:msc#MSC group]]) group, [[UC-MSCs|c:uc#MSC group]] were [[injected intravenously|r:iv#MSC "
            "group]] at a dose of [[1 × 10^{6}/kg|d:1e6,cells/kg,-#MSC group]] per week starting on the 14th day "
            "after administration of rabbit antithymocyte globulin (ATG), for a total of 3 weeks. The clinical "
            "outcomes and adverse events of patients with [[UC-MSCs|c:uc]] infusion were assessed when compared "
            "with a concurrent control group in which patients received standard IST alone.",
            "**Results** [[Nine patients|n:9#MSC group]] with a median age of 4 years were enrolled as the group "
            "with [[MSC|c:msc#MSC group]], while the data of [[another 9|n:9#control group]] childhood SAA were "
            "analysed as the controls. Four (44%) patients in [[MSC|c:msc#MSC group]] group developed anaphylactic "
            "reactions which were associated with rabbit ATG. When compared with the controls, neither the "
            "improvement of blood cell counts, nor the change of T-lymphocytes after IST reached statistical "
            "significance in [[MSC|c:msc#MSC group]] group (both p > 0.05) and there were one (11%) patient in "
            "[[MSC|c:msc#MSC group]] group and two (22%) patients in the controls achieved partial response (PR) at "
            "[[90 days|f:90,day]] after IST. After a median follow-up of [[48 months|f:48,month]], there was no "
            "clone evolution occurring in both groups.",
        ],
        notes=("Prospective phase IV trial of umbilical cord MSCs added to immunosuppressive therapy in children "
               "with severe aplastic anaemia, with a concurrent control group (clinical, no species): title, "
               "Background and Methods, and the Results cut at a sentence end before the stored copy breaks off "
               "('the 4-ye...'); the page prints '1 × 106/kg' (superscript flattened), written 1 × 10^{6}/kg. Cells: "
               "'umbilical cord mesenchymal stem cells', 'UC-MSCs' -> umbilical_cord_msc; 'mesenchymal stem cells "
               "(MSC) group', 'the group with MSC', 'MSC group' -> msc (the cells in the group's name). The "
               "patients' own 'bone marrow mesenchymal stem cells (BM-MSCs)' in the Background are the disease's "
               "cells, not a therapy: no mark. Arms: 'In mesenchymal stem cells (MSC) group' labels its clause "
               "(cells, 'injected intravenously' -> intravenous, dose '1 × 10^6/kg' -> 1×10^6 cells/kg, per null) -> "
               "arm 'MSC group' (the name and its bracketed alias one arm); 'Nine patients ... enrolled as the group "
               "with MSC' -> 9, arm 'MSC group'; 'another 9 childhood SAA ... analysed as the controls' -> 9, arm "
               "'control group' (the group first named 'a concurrent control group'; doubtful: 'another 9' is the "
               "shortest span carrying the count). The MSC group's outcome sentences (compared with the controls) "
               "keep its cells in its arm (the group is the subject). 'patients with UC-MSCs infusion were assessed "
               "when compared with a concurrent control group' compares groups: no arm. Sessions: none ('1 × 10^6/kg "
               "per week ... for a total of 3 weeks' is a frequency and a duration; three infusions are inferred, "
               "not stated). Follow-up: 'at 90 days after IST' (a response reported at a time after the treatment "
               "began; the clause names both groups: no arm; doubtful, IST is the shared treatment), 'After a median "
               "follow-up of 48 months' -> 48 months. Traps: 'median age of 4 years', 'the 14th day after "
               "administration of rabbit antithymocyte globulin (ATG)' (a schedule, not follow-up; ATG is given "
               "without dose or route), 'Four (44%)', 'one (11%)', 'two (22%)' (outcome counts), 'phase IV', p "
               "values."),
        layout={"columns": 1, "font": "sans", "journal": "BMC Pediatrics (2021) 21"},
    ),
    RealText(
        id="en_clinical_ejmr2018_haplo_hsc_ucmsc_cotransplant_saa_24_patients", lang="en", kind="clinical",
        batch=15,
        title="Clinical evaluation of haploidentical hematopoietic combined with [[human umbilical cord-derived "
              "mesenchymal stem cells|c:uc]] in severe aplastic anemia",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="European Journal of Medical Research 23", year=2018, doi="10.1186/s40001-018-0311-3",
        url="https://0-eurjmedres-biomedcentral-com.brum.beds.ac.uk/articles/10.1186/s40001-018-0311-3",
        licence="CC BY 4.0 (BMC, all articles)",
        abstract=(
            "**Background** This study not only evaluated the clinical effects of treatment using haploidentical "
            "hematopoietic stem cells (haplo-HSCs) combined with [[human umbilical cord mesenchymal stem "
            "cells|c:uc]] ([[UC-MSCs|c:uc]]) in patients with severe aplastic anemia (SAA), but also investigated the "
            "factors related to graft versus host disease (GVHD)."),
        body=[
            "**Methods** Cotransplantation of haplo-HSCs and [[UC-MSCs|c:uc]] was performed in [[24 SAA "
            "patients|n:24]]. The conditioning regimens consisted of rabbit anti-human T-lymphocyte immunoglobulin "
            "(ATG), cyclophosphamide, and fludarabine with or without busulfan. GVHD was prevented using "
            "cyclosporine A, ATG, anti-CD25 monoclonal antibody, and mycophenolate material.",
            "**Results** The incidence of acute GVHD was 50%. The incidence of severe acute GVHD was not related to "
            "gender, age, donor-recipient relations, and patient/donor pair, while patient/donor pair (r = 0.541, "
            "P = 0.022) was significantly correlated with incidence of chronic GVHD. Upon follow-up for a median of "
            "[[13 months|f:13,month]], 5 of [[the 24 patients|n:24]] (20.8%) were dead. The survival rates at 3 and "
            "[[6 months|f:6,month]] in all patients were 87.5% (21/24) and 83.3% (20/24), respectively.",
            "**Conclusion** Cotransplantation of haplo-HSCs combined with [[UC-MSCs|c:uc]] was an effective and safe "
            "approach for the treatment of patients with SAA. The appropriate conditioning regimen and early "
            "treatment for infection also played a critical role in the success of HSCT.",
        ],
        notes=("Single-arm series of haploidentical haematopoietic stem cell transplantation with umbilical cord "
               "MSCs in severe aplastic anaemia (clinical, no species): title and the whole abstract from a library "
               "proxy copy of the journal's article page. Cells: 'human umbilical cord-derived mesenchymal stem "
               "cells', 'human umbilical cord mesenchymal stem cells', 'UC-MSCs' -> umbilical_cord_msc; "
               "'haploidentical hematopoietic stem cells (haplo-HSCs)' have no canonical id (the graft's source is "
               "not named; not peripheral_blood_stem_cell). Sample size: 'in 24 SAA patients' -> 24; 'the 24 "
               "patients' in '5 of the 24 patients' restates the whole sample -> 24 again (a mention; the 5 is an "
               "outcome count; doubtful). Follow-up: 'follow-up for a median of 13 months' -> 13 "
               "months; 'survival rates at 3 and 6 months' -> one fact, the last time point (6 months; a list of "
               "assessment times). No route, dose or sessions (the conditioning drugs cyclophosphamide, "
               "fludarabine, busulfan, ATG are named without doses or routes). Traps: '50%', 'r = 0.541, P = 0.022', "
               "'87.5% (21/24)', '83.3% (20/24)' (outcome counts), 'anti-CD25 monoclonal antibody', 'HSCT'."),
        layout={"columns": 2, "font": "sans", "journal": "Eur J Med Res (2018) 23"},
    ),
    RealText(
        id="en_clinical_actadv2020_prp_five_treatments_aga_30_men_placebo", lang="en", kind="clinical", batch=15,
        title="Platelet-rich Plasma for Androgenetic Alopecia Treatment: A Randomized Placebo-controlled Pilot Study",
        authors="Paul Gressenberger, Gudrun Pregartner, Thomas Gary, Peter Wolf, Daisy Kopera",
        journal="Acta Dermato-Venereologica 100:adv00247", year=2020, doi="10.2340/00015555-3609",
        url="https://medicaljournalssweden.se/actadv/article/view/1755",
        licence="CC BY-NC 4.0 (printed on the stored page)",
        abstract=(
            "Platelet-rich plasma injections have been presented as an effective treatment for androgenetic "
            "alopecia; however, reliable study data concerning this therapy are lacking. The current randomized, "
            "placebo-controlled pilot study explored this novel therapy in [[30 healthy male subjects|n:30]] with "
            "androgenetic alopecia. [[Five platelet-rich plasma treatments|s:5]], at intervals of 4–6 weeks, and 2 "
            "follow-up examinations were performed. [[Twenty subjects|n:20]] were injected intracutaneously with "
            "platelet-rich plasma and [[10|n:10]] with physiological saline. Treatment efficacy was assessed by "
            "changes in hair number and diameter, measured with the TrichoScan system. A secondary objective was to "
            "assess clinical improvement, which was evaluated by an independent reviewer using patient photographs "
            "and a 5-point Likert scale. In addition, subject satisfaction was assessed by survey. No improvements "
            "were seen over the course of the trial, using TrichoScan measurements or visual assessment. In "
            "conclusion, these results suggest that treatment with platelet-rich plasma as a monotherapy does not "
            "improve hair growth in men with androgenetic alopecia."),
        notes=("Randomised placebo-controlled pilot trial of platelet-rich plasma injections in male androgenetic "
               "alopecia (clinical, no species): title and abstract from the journal's stored article page (which "
               "prints the licence; the en dash of '4–6 weeks' as in the journal's full-text copy). No cell type "
               "(PRP is not a cell therapy). Sample sizes: '30 healthy male subjects' -> 30; the pre-specified arms "
               "'Twenty subjects were injected ... with platelet-rich plasma and 10 with physiological saline' -> 20 "
               "and 10 (the count '10' is its own shortest span), no arms (groups described only by what they "
               "received, without a name). Sessions: 'Five platelet-rich plasma treatments' -> 5 (the whole phrase; "
               "the count word is separated from its head word). No follow-up ('2 follow-up examinations' gives a "
               "number of visits, not a time; 'at intervals of 4–6 weeks' is the interval between sessions; 'over "
               "the course of the trial' has no value). No route ('intracutaneously' has no contract id). Traps: "
               "'5-point Likert scale', 'hair number and diameter', 'TrichoScan', 'pilot'."),
        layout={"columns": 1, "font": "serif", "journal": "Acta Derm Venereol 2020; 100: adv00247"},
    ),
    RealText(
        id="en_clinical_scrt2021_uctmsc_single_intrathecal_cp_sham_36_each_12_months", lang="en", kind="clinical",
        batch=15,
        title="Clinical and imaging outcomes after intrathecal injection of [[umbilical cord tissue mesenchymal stem "
              "cells|c:uc]] in cerebral palsy: a randomized double-blind sham-controlled clinical trial",
        authors="Amanat M, Majmaa A, Zarrabi M, Nouri M, Akbari MG, Moaiedi AR, Ghaemi O, Zamani F, Najafi S, "
                "Badv RS, Vosough M, Hamidieh AA, Salehi M, Montazerlotfelahi H, Tavasoli AR, Heidari M, Mohebi H, "
                "Fatemi A, Garakani A, Ashrafi MR",
        journal="Stem Cell Research & Therapy 12:439", year=2021, doi="10.1186/s13287-021-02513-4",
        url="https://stemcellres.biomedcentral.com/articles/10.1186/s13287-021-02513-4",
        licence="CC BY 4.0 (BMC, all articles)",
        abstract=(
            "**Background** This study assessed the safety and efficacy of intrathecal injection of [[umbilical cord "
            "tissue mesenchymal stem cells|c:uc]] ([[UCT-MSC|c:uc]]) in individuals with cerebral palsy (CP). The "
            "diffusion tensor imaging (DTI) was performed to evaluate the alterations in white-matter integrity."),
        body=[
            "**Methods** Participants (4–14 years old) with spastic CP were assigned in 1:1 ratio to receive either "
            "[[UCT-MSC|c:uc]] or sham procedure. [[Single-dose|s:1#experimental group]] "
            "([[2 × 10^{7}|d:2e7,cells,-#experimental group]]) cells were administered in the experimental group. "
            "Small needle pricks to the lower back were performed in the sham-control arm. All individuals were "
            "sedated to prevent awareness. The primary endpoints were the mean changes in gross motor function "
            "measure (GMFM)-66 from baseline to [[12 months|f:12,month]] after procedures. The mean changes in the "
            "modified Ashworth scale (MAS), pediatric evaluation of disability inventory (PEDI), and CP quality of "
            "life (CP-QoL) were also assessed. Secondary endpoints were the mean changes in fractional anisotropy "
            "(FA) and mean diffusivity (MD) of corticospinal tract (CST) and posterior thalamic radiation (PTR).",
            "**Results** There were [[36 participants|n:36]] in each group. The mean GMFM-66 scores after "
            "[[12 months|f:12,month#experimental group]] of intervention were significantly higher in the "
            "[[UCT-MSC|c:uc#experimental group]] group compared to baseline (10.65; 95%CI 5.39, 15.91) and control "
            "(β 8.07; 95%CI 1.62, 14.52; Cohen’s d 0.92). The increase was also seen in total PEDI scores (vs "
            "baseline 8.53; 95%CI 4.98, 12.08; vs control: β 6.87; 95%CI 1.52, 12.21; Cohen’s d 0.70). The mean "
            "change in MAS scores after [[12 months|f:12,month]] of cell injection reduced compared to baseline "
            "(−1.0; 95%CI −1.31, −0.69) and control (β −0.72; 95%CI −1.18, −0.26; Cohen’s d 0.76).",
        ],
        notes=("Randomised double-blind sham-controlled trial of a single intrathecal injection of umbilical cord "
               "tissue MSCs in children with spastic cerebral palsy (clinical, no species): title, Background, "
               "Methods and the Results cut at a sentence end before the stored journal copy breaks off in the "
               "CP-QoL sentence; the page prints '(2 × 107) cells' (superscript flattened), written 2 × 10^{7}; "
               "authors as the stored Yale publication list prints them (surnames and initials). Cells: "
               "'umbilical cord tissue mesenchymal stem cells', 'UCT-MSC' -> "
               "umbilical_cord_msc. Route: 'intrathecal injection' has no contract id. Arms: 'Single-dose (2 × 10^7) "
               "cells were administered in the experimental group' -> sessions 1 and dose 2×10^7 cells (per null), "
               "arm 'experimental group'; the sham-control arm has no fact. 'There were 36 participants in each "
               "group' -> 36 (a count for every arm: no arm). 'The mean GMFM-66 scores after 12 months of "
               "intervention were significantly higher in the UCT-MSC group compared to baseline ... and control' "
               "names the cell group as subject -> its cells and follow-up take the arm, labelled 'experimental "
               "group' (the same arm, first named so; doubtful). The MAS sentence comes after a sentence comparing "
               "with control and names no group: its follow-up has no arm (doubtful). Follow-up: 'from baseline to "
               "12 months after procedures', 'after 12 months of intervention', 'after 12 months of cell injection' "
               "-> 12 months each. Traps: '4–14 years old', '1:1 ratio', GMFM-66/MAS/PEDI values, '95%CI', "
               "'Cohen’s d', 'Small needle pricks' (the sham), 'sedated' (sedation, no route)."),
        layout={"columns": 2, "font": "serif", "journal": "Stem Cell Research & Therapy (2021) 12:439"},
    ),
    RealText(
        id="en_clinical_diseases2024_bmmsc_repeated_iv_it_monthly_als_15_patients", lang="en", kind="clinical",
        batch=15,
        title="Evaluation of the Safety and Efficacy of [[Repeated|s:-]] [[Mesenchymal Stem Cell|c:msc]] "
              "Transplantations in ALS Patients by Investigating Patients’ Specific Immunological and Biochemical "
              "Biomarkers",
        authors="Zahraa Alkhazaali-Ali, Sajad Sahab-Negah, Amir Reza Boroumand, Najmeh Kaffash Farkhad, Mohammad Ali "
                "Khodadoust, Jalil Tavakol-Afshari",
        journal="Diseases 12(5):99", year=2024, doi="10.3390/diseases12050099",
        url="https://doaj.org/article/c0477adfa56f4731b20697b185b291e1",
        licence="CC BY 4.0 (MDPI, all articles)",
        abstract=(
            "**Background:** Amyotrophic lateral sclerosis (ALS) is an incurable disease. There are vigorous attempts "
            "to develop treatments to reduce the effects of this disease, and among these treatments is the "
            "transplantation of stem cells. This study aimed to retrospectively evaluate a [[mesenchymal stem "
            "cell|c:msc]] ([[MSC|c:msc]]) therapy cohort as a promising novel treatment modality by estimating some "
            "additional new parameters, such as immunological and biochemical factors. **Methods:** This study was "
            "designed as an open-label, one-arm cohort retrospective study to evaluate potential diagnostic "
            "biomarkers of [[repeated infusions|s:-]] of [[autologous-bone marrow-derived mesenchymal stem "
            "cells|c:bm]] ([[BM-MSCs|c:bm]]) in [[15 confirmed patients with ALS|n:15]], administered at a dose of "
            "[[1 × 10^{6} cells/kg|d:1e6,cells/kg,-]] BW with a one-month interval, in equal amounts in both an "
            "[[intravenous (IV)|r:iv]] and intrathecal (IT) capacity simultaneously, via various biochemical (iron "
            "(Fe), ferritin, total-iron-binding capacity (TIBC), transferrin, and creatine kinase (CK)) and "
            "immunological parameters (tumor necrosis factor-alpha (TNF-α), neurofilament light chain (NFL), and "
            "glial-cell-derived neurotrophic factor (GDNF) levels, evaluated during the [[three-month follow-up "
            "period|f:3,month]] in serum and cerebrospinal fluid (CSF)."),
        notes=("Retrospective one-arm cohort of repeated autologous bone marrow MSC infusions, given intravenously "
               "and intrathecally at once, in ALS (clinical, no species): title and the Background and Methods of "
               "the abstract from the stored DOAJ record of the MDPI article (authors from a stored mirror of the "
               "MDPI page, cricutcom-setup.com/2079-9721/12/5/99), cut at the end of the Methods because the "
               "copy's Results lose characters ('the p-value was p "
               "p-value of p > 0.05'); '1 × 106 cells/kg' written 1 × 10^{6}; the unbalanced brackets of the "
               "parameter list as printed. Cells: 'Mesenchymal Stem Cell' (title), 'mesenchymal stem cell (MSC)' -> "
               "msc; 'autologous-bone marrow-derived mesenchymal stem cells', 'BM-MSCs' -> bone_marrow_msc; 'stem "
               "cells' alone is generic. Sessions: 'Repeated' (title, 'Repeated ... Transplantations') and "
               "'repeated infusions' -> count null. Dose: '1 × 10^6 cells/kg' -> cells/kg, per null ('BW' = body "
               "weight). Route: 'intravenous (IV)' -> intravenous (a word and its bracketed abbreviation: one fact); "
               "'intrathecal (IT)' has no contract id. Follow-up: 'the three-month follow-up period' -> 3 months. "
               "Sample size: '15 confirmed patients with ALS' -> 15. Single arm ('one-arm'): no arms. Traps: 'with "
               "a one-month interval' (the interval between infusions, not follow-up), 'in equal amounts', the "
               "biomarker list (Fe, ferritin, TIBC, transferrin, CK, TNF-α, NFL, GDNF: no hormones of the list)."),
        layout={"columns": 1, "font": "sans", "journal": "Diseases 2024, 12(5), 99"},
    ),
    RealText(
        id="en_animal_plosone2020_ucmsc_rotator_cuff_defect_rats_two_four_weeks", lang="en", kind="animal",
        batch=15,
        title="Regeneration of a full-thickness defect in rotator cuff tendon with [[umbilical cord-derived "
              "mesenchymal stem cells|c:uc]] in a rat model",
        authors="Ji-Hye Yea, InJa Kim, Gayoung Sym, Jin-Kyung Park, Ah-Young Lee, Byeong Chan Cho, Tae Soo Bae, "
                "Byoung Jae Kim, Chris Hyunchul Jo",
        journal="PLoS ONE e0235239", year=2020, doi="10.1371/journal.pone.0235239",
        url="https://acemap.info/paper/381605805",
        licence="CC BY 4.0 (PLOS, all articles)",
        species="rat",
        abstract=(
            "Although rotator cuff disease is a common cause of shoulder pain, there is still no treatment method "
            "that could halt or reveres its development and progression. The purpose of this study was to "
            "investigate the efficacy of [[umbilical cord-derived mesenchymal stem cells|c:uc]] ([[UC MSCs|c:uc]]) "
            "on the regeneration of a full-thickness rotator cuff defect (FTD) in a rat model. We injected either "
            "[[UC MSCs|c:uc]] or saline to the FTD and investigated macroscopic, histological and biomechanical "
            "results and cell trafficking. Treatment with [[UC MSCs|c:uc]] improved macroscopic appearance in terms "
            "of tendon thickness at [[two weeks|f:2,week]], and inflammation, defect size, swelling/redness and "
            "connection surrounding tissue and slidability at [[four weeks|f:4,week]] compared to the saline group. "
            "Histologically, [[UC MSCs|c:uc]] induced the tendon matrix formation recovering collagen organization, "
            "nuclear aspect ratio and orientation angle of fibroblast as well as suppressing cartilage-related "
            "glycosaminoglycan compared to saline group at [[four weeks|f:4,week]]. The [[UC MSCs|c:uc#UC MSCs "
            "group]] group also improved ultimate failure load by 25.0% and 19.0% and ultimate stress by 27.3% and "
            "26.8% at two and [[four weeks|f:4,week#UC MSCs group]] compared to saline group. [[UC MSCs|c:uc]] "
            "labeled with PKH26 exhibited 5.3% survival at [[four weeks|f:4,week]] compared to three hours after "
            "injection. This study demonstrated that [[UC MSCs|c:uc]] regenerated the FTD with tendon tissue similar "
            "properties to the normal tendon in terms of macroscopic, histological and biomechanical characteristics "
            "in a rat model."),
        notes=("Rat study of umbilical cord MSCs injected into a full-thickness rotator cuff defect (species rat): "
               "abstract from the stored acemap copy (title case there; the title in sentence case and the authors "
               "from the stored PLOS page and DOAJ record), 'reveres' as printed. The first sentence (rotator cuff "
               "disease in patients) names no fact. Cells: 'umbilical cord-derived mesenchymal stem cells', 'UC MSCs' "
               "-> umbilical_cord_msc, per mention. Follow-up (animal outcomes assessed at times after the "
               "injection): 'at two weeks' and 'at four weeks' in the first results sentence (two separate "
               "mentions), 'at four weeks' (histology), 'at two and four weeks' (a list of assessment times: one "
               "fact, the last, 'four weeks'; doubtful: the groups may have been killed at each time, which would "
               "give two facts), 'at four weeks' (cell survival). 'three hours after injection' has no contract unit "
               "(hours). Arms: 'The UC MSCs group also improved ... compared to saline group' names the cell group "
               "as subject -> its cells and follow-up, arm 'UC MSCs group'; 'Treatment with UC MSCs ... compared to "
               "the saline group' names no cell group (no arm); 'either UC MSCs or saline' gives no counts. No route "
               "('injected ... to the FTD': local, no contract id), no dose, no sessions. Traps: 25.0%/19.0%/27.3%/"
               "26.8%, '5.3% survival', 'PKH26', 'glycosaminoglycan'."),
        layout={"columns": 2, "font": "sans", "journal": "PLOS ONE (2020) e0235239"},
    ),
    RealText(
        id="en_animal_scrt2020_thawed_ucmsc_rotator_cuff_rats_four_weeks", lang="en", kind="animal", batch=15,
        title="Regeneration of a full-thickness defect of rotator cuff tendon with freshly thawed [[umbilical "
              "cord-derived mesenchymal stem cells|c:uc]] in a rat model",
        authors="Ji-Hye Yea, Jin-Kyung Park, In Ja Kim, Gayoung Sym, Tae-Soo Bae, Chris Hyunchul Jo",
        journal="Stem Cell Research & Therapy 11:387", year=2020, doi="10.1186/s13287-020-01906-1",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC7487485",
        licence="CC BY 4.0 (BMC, all articles)",
        species="rat",
        abstract=(
            "**Background** It is difficult to immediately use [[mesenchymal stem cells|c:msc@human]] "
            "([[MSCs|c:msc@human]]) for the patient with rotator cuff disease because isolation and culture time "
            "are required. Thus, the [[MSCs|c:msc@human]] would be prepared in advanced in cryopreserved condition "
            "for an “off-the-shelf” usage in clinic. This study investigated the efficacy of freshly thawed "
            "[[MSCs|c:msc]] on the regeneration of a full-thickness tendon defect (FTD) of rotator cuff tendon in a "
            "rat model."),
        body=[
            "**Methods** We evaluated morphology, viability, and proliferation of cultured [[umbilical cord-derived "
            "MSCs|c:uc@human]] ([[C-UC MSCs|c:uc@human]]) and freshly thawed [[umbilical cord-derived "
            "MSCs|c:uc@human]] ([[T-UC MSCs|c:uc@human]]) at passage 10 in vitro. In animal experiments, we created "
            "a FTD in the supraspinatus of rats and injected the injured tendon with saline, cryopreserved agent "
            "(CPA; control), [[C-UC MSCs|c:uc]], and [[T-UC MSCs|c:uc]], respectively. Two and "
            "[[4 weeks later|f:4,week]], macroscopic, histological, biomechanical, and cell trafficking were "
            "evaluated. T test and ANOVA were used with SPSS. Differences with p < .05 were considered statistically "
            "significant.",
            "**Results** [[T-UC MSCs|c:uc@human]] had fibroblast-like morphology and showed greater than 97% "
            "viability and stable proliferation comparable to the [[C-UC MSCs|c:uc@human]] at passage 10. In animal "
            "experiments, compared with the control group, the macroscopic appearance of the [[T-UC MSCs|c:uc]] was "
            "more recovered at 2 and [[4 weeks|f:4,week]] such as inflammation, defect size, neighboring tendon, "
            "swelling/redness, the connecting surrounding tissue and slidability.",
        ],
        notes=("Rat study of freshly thawed versus cultured umbilical cord MSCs injected into a full-thickness rotator "
               "cuff defect (species rat): title, Background, Methods and the first two Results sentences from the "
               "stored PubMed Central copy, cut at a sentence end before the copy breaks off in the histology "
               "results. The Background's statements on MSCs for patients in clinic carry no species (@human); the "
               "study's aim ('freshly thawed MSCs ... in a rat model') carries rat. The in vitro characterisation of "
               "the cells (Methods' first sentence, Results' first sentence) is no animal experiment: no species "
               "(doubtful). Cells: 'mesenchymal stem cells (MSCs)', 'MSCs' -> msc; 'umbilical cord-derived MSCs', "
               "'C-UC MSCs', 'T-UC MSCs' -> umbilical_cord_msc, per mention. Follow-up: 'Two and 4 weeks later, ... "
               "were evaluated' and 'at 2 and 4 weeks' -> lists of assessment times: one fact each, the last (4 "
               "weeks; doubtful, as in the companion PLoS ONE text). Arms: none ('saline, cryopreserved agent (CPA; "
               "control), C-UC MSCs, and T-UC MSCs, respectively' lists four treatments without counts or values; "
               "'the macroscopic appearance of the T-UC MSCs' names cells, not a group with its head word, and "
               "compares with the control group). No route (an injection into the tendon), no dose, no sessions. "
               "Traps: 'passage 10', '97% viability', 'p < .05', 'T test and ANOVA'."),
        layout={"columns": 1, "font": "serif", "journal": "Stem Cell Research & Therapy (2020) 11:387"},
    ),
    RealText(
        id="en_animal_scrt2021_afmsc_ucmsc_tail_vein_clp_sepsis_rats", lang="en", kind="animal", batch=15,
        title="MSCs derived from amniotic fluid and umbilical cord require different administration schemes and "
              "exert different curative effects on different tissues in rats with CLP-induced sepsis",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Stem Cell Research & Therapy 12", year=2021, doi="10.1186/s13287-021-02218-8",
        url="https://stemcellres.biomedcentral.com/articles/10.1186/s13287-021-02218-8",
        licence="CC BY 4.0 (BMC, all articles)",
        species="rat",
        abstract=(
            "**Background** [[Mesenchymal stem cells|c:msc@human]] ([[MSCs|c:msc@human]]) are derived from multiple "
            "tissues, including amniotic fluid ([[AF-MSCs|c:afsc@human]]) and the umbilical cord "
            "([[UC-MSCs|c:uc@human]]). Although the therapeutic effect of [[MSCs|c:msc@human]] on sepsis is already "
            "known, researchers have not determined whether the cells from different sources require different "
            "therapeutic schedules or exert different curative effects. We assessed the biofunction of the "
            "administration of [[AF-MSCs|c:afsc]] and [[UC-MSCs|c:uc]] in rats with caecal ligation and puncture "
            "(CLP)-induced sepsis."),
        body=[
            "**Methods** CLP was used to establish a disease model of sepsis in rats, and [[intravenous tail vein "
            "administration|r:iv]] of [[AF-MSCs|c:afsc]] and [[UC-MSCs|c:uc]] was performed to treat sepsis at 6 h "
            "after CLP. Two phases of animal experiments were implemented using [[MSCs|c:msc]] harvested in saline "
            "with or without filtration. The curative effect was measured by determining the survival rate. Further "
            "effects were assessed by measuring proinflammatory cytokine levels, the plasma coagulation index, "
            "tissue histology and the pathology of the lung, liver and kidney.",
            "**Results** We generated rats with medium-grade sepsis with a 30–40% survival rate to study the "
            "curative effects of [[AF-MSCs|c:afsc]] and [[UC-MSCs|c:uc]]. [[MSCs|c:msc]] reversed CLP-induced changes "
            "in proinflammatory cytokine levels and coagulation activation. [[MSCs|c:msc]] ameliorated CLP-induced "
            "histological and pathological changes in the lung, liver and kidney. [[AF-MSCs|c:afsc]] and "
            "[[UC-MSCs|c:uc]] functioned differently in different tissues; [[UC-MSCs|c:uc]] performed well in "
            "reducing the upregulation of inflammatory cytokine levels in the lungs and inhibiting the inflammatory "
            "cell infiltration into the liver capsule, while [[AF-MSCs|c:afsc]] performed well in inhibiting cell "
            "death in the kidneys and reducing the plasma blood urea nitrogen (BUN) level, an indicator of renal "
            "function.",
        ],
        notes=("Rat study of amniotic fluid and umbilical cord MSCs infused into the tail vein after caecal ligation "
               "and puncture (species rat): title, Background, Methods and Results of the abstract from the "
               "journal's stored article page, cut at the end of the Results before the copy breaks off in the "
               "Conclusions. The Background's general statements (the sources of MSCs, their known effect on sepsis) "
               "carry no species (@human); the study's own cells carry rat. Cells: 'Mesenchymal stem cells (MSCs)', "
               "'MSCs' -> msc; 'AF-MSCs' (MSCs from amniotic fluid) -> amniotic_fluid_stem_cell (the contract's "
               "amniotic-fluid id; doubtful: amniotic_msc is for amniotic membrane); 'UC-MSCs' -> "
               "umbilical_cord_msc. The title's 'MSCs derived from amniotic fluid and umbilical cord' is left "
               "unmarked (a coordination whose cells are named only through their tissues; doubtful, as the "
               "coordinated title of en_animal_scrt2021_bmmsc_atmsc_cli_mice_28_days). Route: 'intravenous tail vein "
               "administration' -> intravenous. No follow-up ('at 6 h after CLP' is a time counted from the injury, "
               "in hours), no dose, no sessions ('different administration schemes', 'different therapeutic "
               "schedules' name none), no arms (the two cell types are compared; no group named with its counts). "
               "Traps: 'Two phases of animal experiments', '30–40% survival rate', 'BUN', 'the cells from different "
               "sources'."),
        layout={"columns": 2, "font": "serif", "journal": "Stem Cell Research & Therapy (2021) 12"},
    ),
    RealText(
        id="en_animal_ndt2017_bmsc_iv_tbi_mice_days_after_injury", lang="en", kind="animal", batch=15,
        title="Transplantation of [[bone mesenchymal stem cells|c:bm]] promotes angiogenesis and improves "
              "neurological function after traumatic brain injury in mouse",
        authors="Shewei Guo, Yingwei Zhen, Anran Wang",
        journal="Neuropsychiatric Disease and Treatment 13:2757-2765", year=2017, doi="10.2147/NDT.S141534",
        url="https://www.dovepress.com/transplantation-of-bone-mesenchymal-stem-cells-promotes-angiogenesis-a-"
            "peer-reviewed-article-NDT",
        licence="CC BY-NC 3.0 (Dove Medical Press, all articles)",
        species="mouse",
        abstract=(
            "Traumatic brain injury (TBI) has emerged as a leading cause of mortality and morbidity worldwide. "
            "Transplantation of [[bone mesenchymal stem cells|c:bm@human]] ([[BMSCs|c:bm@human]]) has emerged as a "
            "promising treatment for various central nervous system diseases. This study aims to evaluate the "
            "effect of [[BMSCs|c:bm]] transplantation by [[intravenous injection|r:iv]] on neurological function and "
            "angiogenesis of the TBI mice. C57BL/6 male mice were randomly divided into four groups: control, sham, "
            "TBI, and [[BMSC|c:bm]]. Functional neurological evaluation was performed 1, 4, 7, 14, and 21 days after "
            "TBI using neurological severity scores. The impairment of learning and memory in mice was evaluated 14 "
            "days after TBI by Morris water maze experiment. Mice were sacrificed 14 days after TBI, and then brain "
            "sections were stained by terminal deoxyribonucleotidyl transferase (TDT)-mediated dUTP-digoxigenin "
            "nick end labeling staining to assess brain neuronal apoptosis. Immunohistochemistry was conducted to "
            "evaluate caspase-3 activity and identify vascular distribution and microvessel density."),
        notes=("Mouse study of bone marrow MSCs injected intravenously after traumatic brain injury (species mouse): "
               "title and the abstract from the publisher's stored article page, cut at a sentence end before the "
               "copy breaks off in the Western blot sentence. The second sentence (BMSC transplantation as a "
               "promising treatment in general) carries no species (@human). Cells: 'bone mesenchymal stem cells', "
               "'BMSCs', the group name 'BMSC' -> bone_marrow_msc. Route: 'by intravenous injection' -> intravenous. "
               "No arms: 'four groups: control, sham, TBI, and BMSC' are names sharing one plural head, without "
               "counts. No follow-up (the trap of this text): every time is counted from the injury, not from the "
               "cells ('1, 4, 7, 14, and 21 days after TBI', 'evaluated 14 days after TBI', 'sacrificed 14 days after "
               "TBI'; when the cells were given is not stated). No dose, no sessions. Traps: 'C57BL/6 male mice', "
               "'Morris water maze', 'caspase-3', 'TDT-mediated dUTP-digoxigenin nick end labeling' (TUNEL)."),
        layout={"columns": 1, "font": "sans", "journal": "Neuropsychiatric Disease and Treatment 2017:13"},
    ),
    RealText(
        id="en_animal_plosone2015_msc_systemic_intradermal_chitosan_wound_rats", lang="en", kind="animal",
        batch=15,
        title="The Effect of [[Mesenchymal Stem Cells|c:msc]] and Chitosan Gel on Full Thickness Skin Wound Healing in "
              "Albino Rats: Histological, Immunohistochemical and Fluorescent Study",
        authors="Abir O El Sadik, Tarek A El Ghamrawy, Tarek I Abd El-Galil",
        journal="PLoS ONE 10(9):e0137544", year=2015, doi="10.1371/journal.pone.0137544",
        url="https://journals.plos.org/plosone/article?id=10.1371%2Fjournal.pone.0137544",
        licence="CC BY 4.0 (PLOS, all articles)",
        species="rat",
        abstract=(
            "**Background** Wound healing involves the integration of complex biological processes. Several studies "
            "examined numerous approaches to enhance wound healing and to minimize its related morbidity. Both "
            "chitosan and [[mesenchymal stem cells|c:msc@human]] ([[MSCs|c:msc@human]]) were used in treating skin "
            "wounds. The aim of the current work was to compare [[MSCs|c:msc]] versus chitosan in wound healing, "
            "evaluate the most efficient route of administration of [[MSCs|c:msc]], either intradermal or systemic "
            "injection, and elicit the mechanisms inducing epidermal and dermal cell regeneration using "
            "histological, immunohistochemical and fluorescent techniques."),
        body=[
            "**Material and Methods** Forty adult male Sprague Dawley albino rats were divided into four equal "
            "groups (ten rats in each group): control group (Group I); full thickness surgical skin wound model, "
            "Group II: Wound and chitosan gel. Group III: Wound treated with systemic injection of "
            "[[MSCs|c:msc#Group III]] and Group IV: Wound treated with intradermal injection of "
            "[[MSCs|c:msc#Group IV]]. The healing ulcer was examined on day 3, 5, 10 and [[15|f:15,day]] for gross "
            "morphological evaluation and on day [[10|f:10,day]] and [[15|f:15,day]] for histological, "
            "immunohistochemical and fluorescent studies.",
            "**Results** Chitosan was proved to promote wound healing more than the control group but none of their "
            "wound reached complete closure. Better and faster healing of wounds in [[MSCs|c:msc]] treated groups "
            "were manifested more than the control or chitosan treated groups.",
        ],
        notes=("Rat study comparing systemic and intradermal MSC injection with chitosan gel in full-thickness skin "
               "wounds (species rat): title, Background, Methods and the first two Results sentences from the "
               "stored PLOS article page (authors from the stored PubMed Central copy), cut at a sentence end before "
               "the copies break off. 'Both chitosan and mesenchymal stem cells (MSCs) were used in treating skin "
               "wounds' reports earlier work in general: no species (@human). Cells: 'Mesenchymal Stem Cells', "
               "'MSCs' -> msc, per mention. Arms: 'Group III: Wound treated with systemic injection of MSCs' and "
               "'Group IV: Wound treated with intradermal injection of MSCs' -> cells, arms 'Group III' and 'Group "
               "IV'; 'MSCs treated groups' (two groups under one plural head, compared with the others) has no arm. "
               "No route ('systemic injection' names no vein; 'intradermal' has no contract id). Follow-up "
               "(assessment days of the wounds, treated when they were made; doubtful, the days could be read as "
               "counted from the injury): 'on day 3, 5, 10 and 15' (a list: one fact, the last, 15 days) and 'on day "
               "10 and 15' for histology (tissue taken at two times: two facts, 10 and 15 days). No dose, no "
               "sessions. Traps: 'Forty adult male Sprague Dawley albino rats', 'four equal groups (ten rats in each "
               "group)' (animals), 'Group II: Wound and chitosan gel' (no cells), 'complete closure'."),
        layout={"columns": 2, "font": "serif", "journal": "PLOS ONE (2015) 10(9): e0137544"},
    ),
    RealText(
        id="en_animal_jtm2014_msc_loaded_mesh_achilles_rats_days_6_14", lang="en", kind="animal", batch=15,
        title="Efficacy of a [[mesenchymal stem cell|c:msc]] loaded surgical mesh for tendon repair in rats",
        authors="Lew C Schon, Nicholas Gill, Margaret Thorpe, Joel Davis, Joshua Nadaud, Jooyoung Kim, Jeremy "
                "Molligan, Zijun Zhang",
        journal="Journal of Translational Medicine 12:110", year=2014, doi="10.1186/1479-5876-12-110",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC4020316",
        licence="CC BY 4.0 (BMC, all articles)",
        species="rat",
        abstract=(
            "**Objectives** The purpose of this study was to investigate the efficacy of a composite surgical mesh for "
            "delivery of [[mesenchymal stem cells|c:msc]] ([[MSCs|c:msc]]) in tendon repair."),
        body=[
            "**Methods** The [[MSC|c:msc]]-loaded mesh composed of a piece of conventional surgical mesh and a layer "
            "of scaffold, which supported [[MSC|c:msc]]-embedded alginate gel. A 3-mm defect was surgically created "
            "at the Achilles tendon-gastrocnemius/soleus junction in 30 rats. The tendon defects were repaired with "
            "either 1) [[MSC|c:msc]]-loaded mesh; or 2) surgical mesh only; or 3) routine surgical suture. Repaired "
            "tendons were harvested at days [[6|f:6,day]] and [[14|f:14,day]] for histology, which was scored on the "
            "bases of collagen organization, vascularity and cellularity, and immunohistochemisty of types I and III "
            "collagen.",
            "**Results** In comparison with the other two repair types, at [[day 6|f:6,day]], the [[MSC|c:msc]]-loaded "
            "mesh significantly improved the quality of the repaired tendons with dense and parallel collagen "
            "bundles, reduced vascularity and increased type I collagen. At [[day 14|f:14,day]], the "
            "[[MSC|c:msc]]-loaded mesh repaired tendons had better collagen formation and organization.",
            "**Conclusion** The [[MSC|c:msc]]-loaded mesh enhanced early tendon healing, particularly the quality of "
            "collagen bundles. Application of the [[MSC|c:msc@human]]-loaded mesh, as a new device and "
            "[[MSC|c:msc@human]] delivery vehicle, may benefit to early functional recovery of the ruptured tendon.",
        ],
        notes=("Rat study of an MSC-loaded surgical mesh in Achilles tendon defects, against mesh alone and suture "
               "(species rat): title and the whole abstract from the stored PubMed Central copy ('immunohistochemisty' "
               "as printed). The Conclusion's second sentence (what the device may do for a ruptured tendon, a "
               "clinical promise) carries no species (@human). Cells: 'mesenchymal stem cell(s)', 'MSCs', 'MSC' (in "
               "'MSC-loaded mesh', 'MSC-embedded', 'MSC delivery vehicle') -> msc, per mention. Follow-up: 'harvested "
               "at days 6 and 14' (tissue taken at two times: two facts, 6 and 14 days); 'at day 6', 'At day 14' in "
               "the Results -> 6 and 14 days (outcomes at times after the repair with the cells). No arms: the three "
               "repair types are listed by number without counts or group names. No route (implanted with the "
               "mesh), no dose, no sessions. Traps: '30 rats' (animals), 'A 3-mm defect', 'types I and III collagen', "
               "'the other two repair types'."),
        layout={"columns": 2, "font": "sans", "journal": "Journal of Translational Medicine 2014, 12:110"},
    ),
    RealText(
        id="en_animal_fcell2023_henmsc_endometrial_injury_ip_chemotherapy_mice", lang="en", kind="animal",
        batch=15,
        title="[[Human endometrium-derived mesenchymal stem/stromal cells|c:msc]] application in endometrial-factor "
              "induced infertility",
        authors="Raminta Bausyte, Brigita Vaigauskaite - Mazeikiene, Veronika Borutinskaite, Elvina Valatkaite, "
                "Justinas Besusparis, Ruta Barbora Valkiuniene, Edita Kazenaite, Diana Ramasauskaite, Ruta "
                "Navakauskiene",
        journal="Frontiers in Cell and Developmental Biology 1227487", year=2023, doi="10.3389/fcell.2023.1227487",
        url="https://frontiersin.org/journals/cell-and-developmental-biology/articles/10.3389/fcell.2023.1227487/full",
        licence="CC BY 4.0 (Frontiers, all articles)",
        species="mouse",
        abstract=(
            "Endometrial-factor induced infertility remains one of the most significant pathology among all fertility "
            "disorders. Stem cell-based therapy is considered to be the next-generation approach. However, there are "
            "still issues about successfully retrieving [[human endometrium-derived mesenchymal stem/stromal "
            "cells|c:msc@human]] ([[hEnMSCs|c:msc@human]]). Moreover, we need to establish a better understanding of "
            "the effect of [[hEnMSCs|c:msc@human]] on the endometrial recovery and the clinical outcome. According to "
            "these challenges we created a multi-step study. Endometrium samples were collected from females "
            "undergoing assisted reproductive technology (ART) procedure due to couple infertility. These samples "
            "were obtained using an endometrium scratching. The [[hEnMSCs|c:msc@human]] were isolated from "
            "endometrium samples and characterized with flow cytometry analysis. Groups of endometrium injured female "
            "mice were established by the mechanical injury to uterine horns and the [[intraperitoneal|r:ip]] "
            "chemotherapy. The [[hEnMSCs|c:msc]] suspension was injected to some of the studied female mice at "
            "approved time intervals. Histological changes of mice uterine horns were evaluated after Masson’s "
            "trichrome original staining, hematoxylin and eosin (H&E) staining. The fertility assessment of mice was "
            "performed by counting formed embryo implantation sites (ISs). The expression of fibrosis related genes "
            "(Col1a1, Col3a1, Acta2, and CD44) was evaluated by the reverse transcription—quantitative polymerase "
            "chain reaction (RT-qPCR)."),
        notes=("Study of human endometrium-derived MSCs taken from infertile women and injected into mice with "
               "mechanically and chemically injured endometrium (animal; species mouse for the mouse experiment): "
               "title and the abstract from the journal's stored article page, cut at the end of the methods part "
               "before the copy breaks off at 'Result...'. The sentences on retrieving and characterising the cells "
               "from women (the clinical aim, isolation, flow cytometry) carry no species (@human); the title keeps "
               "the default (the study's cells; doubtful). Cells: 'human endometrium-derived mesenchymal "
               "stem/stromal cells', 'hEnMSCs' -> msc (no canonical endometrial id, as 'Endometrial mesenchymal "
               "stromal/stem cells' elsewhere in this corpus; not menstrual_blood_msc); 'Stem cell-based therapy' is "
               "generic. Route: 'the intraperitoneal chemotherapy' (the drug that induces the model) -> "
               "intraperitoneal, species mouse. No sessions: 'injected to some of the studied female mice at approved "
               "time intervals' implies several injections but states neither a count nor 'repeated' (doubtful: it "
               "could be read as count null); the cells' route is not named. No dose, no follow-up, no arms ('Groups "
               "of endometrium injured female mice' unnamed, without counts). Traps: 'couple infertility', 'endometrium "
               "scratching' (harvest, not a route), 'embryo implantation sites (ISs)', Col1a1/Col3a1/Acta2/CD44."),
        layout={"columns": 1, "font": "serif", "journal": "Front. Cell Dev. Biol. (2023) 1227487"},
    ),
    RealText(
        id="en_animal_scrt2015_mensc_antibiotics_clp_sepsis_mice", lang="en", kind="animal", batch=15,
        title="Combination therapy of [[menstrual derived mesenchymal stem cells|c:men]] and antibiotics ameliorates "
              "survival in sepsis",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Stem Cell Research & Therapy 6:199", year=2015, doi="10.1186/s13287-015-0192-0",
        url="https://rhythmusic.net/De1337/nothing/index.php?q=aHR0cHM6Ly9keC5kb2kub3JnLzEwLjExODYlMkZzMTMyODctMDE1"
            "LTAxOTItMA%3D%3D",
        licence="CC BY 4.0 (BMC, all articles; 'Open access' on the stored page)",
        species="mouse",
        abstract=(
            "**Introduction** Sepsis is a clinical syndrome associated with a severe systemic inflammation induced "
            "by infection. Although different anti-microbial drugs have been used as treatments, morbidity and "
            "mortality rates remain high. [[Mesenchymal stem cells|c:msc@human]] ([[MSCs|c:msc@human]]) derived from "
            "the bone marrow have demonstrated a partial protective effect in sepsis. [[Menstrual derived "
            "MSCs|c:men@human]] ([[MenSCs|c:men@human]]) emerge as an attractive candidate because they present "
            "important advantages over other sources, including improved proliferation rates and paracrine response "
            "under specific stress conditions. Here, we evaluate their therapeutic effect in a polymicrobial severe "
            "sepsis model."),
        body=[
            "**Methods** The antimicrobial activity of [[MenSCs|c:men@human]] was determined in vitro through direct "
            "and indirect bacterial growth assays and the measurement of the expression levels of different "
            "antimicrobial peptides (AMPs) by quantitative reverse transcription-polymerase chain reaction. The "
            "therapeutic effect of [[MenSCs|c:men]] was determined in the cecal ligation and puncture (CLP) mouse "
            "model. Mice were then treated with antibiotics (AB) or [[MenSCs|c:men]] alone or in combination. The "
            "survival rates and histological and biochemical parameters were evaluated, and the systemic levels of "
            "pro- and anti-inflammatory cytokines as well as the response of specific lymphocyte subsets were "
            "determined by flow cytometry.",
            "**Results** [[MenSCs|c:men@human]] exerted an important antimicrobial effect in vitro, mediated by a "
            "higher expression of the AMP-hepcidin.",
        ],
        notes=("Mouse study of menstrual blood MSCs with or without antibiotics after caecal ligation and puncture "
               "(species mouse): title, Introduction, Methods and the first Results sentence of the abstract from a "
               "stored proxy copy of the journal page (reached through the DOI link), cut at a sentence end before "
               "the long second Results sentence, which the copy breaks off and prints with damaged characters "
               "('95Â %'). A text with few facts. The Introduction's statements (bone marrow MSCs in sepsis in "
               "general, the advantages of MenSCs) and the in vitro assays carry no species (@human). Cells: "
               "'Mesenchymal stem cells (MSCs) derived from the bone marrow' -> msc twice ('Mesenchymal stem cells', "
               "'MSCs'; doubtful: the origin follows the abbreviation, which would make them bone_marrow_msc); "
               "'menstrual derived mesenchymal stem cells', 'Menstrual derived MSCs', 'MenSCs' -> "
               "menstrual_blood_msc. No route (how the cells were given is not said), no dose, no sessions, no "
               "follow-up, no arms ('treated with antibiotics (AB) or MenSCs alone or in combination': treatments "
               "without group names or counts). Traps: 'anti-microbial drugs', 'antibiotics (AB)' (no dose or route), "
               "'antimicrobial peptides (AMPs)', 'AMP-hepcidin', 'lymphocyte subsets'."),
        layout={"columns": 2, "font": "sans", "journal": "Stem Cell Research & Therapy (2015) 6:199"},
    ),
    RealText(
        id="en_clinical_sci2013_bmmnc_intrathecal_autism_32_patients_26_months", lang="en", kind="clinical",
        batch=15,
        title="Autologous Bone Marrow Mononuclear Cell Therapy for Autism: An Open Label Proof of Concept Study",
        authors="Alok Sharma, Nandini Gokulchandran, Hemangi Sane, Anjana Nagrajan, Amruta Paranjape, Pooja Kulkarni, "
                "Akshata Shetty, Priti Mishra, Mrudula Kali, Hema Biju, Prerna Badhe",
        journal="Stem Cells International 2013:623875", year=2013, doi="10.1155/2013/623875",
        url="https://doaj.org/article/014cb7eb259d4ff2bfc1903fb4a9f2d9",
        licence="CC BY (printed on the stored Hindawi page)",
        abstract=(
            "Cellular therapy is an emerging therapeutic modality with a great potential for the treatment of autism. "
            "Recent findings show that the major underlying pathogenetic mechanisms of autism are hypoperfusion and "
            "immune alterations in the brain. So conceptually, cellular therapy which facilitates counteractive "
            "processes of improving perfusion by angiogenesis and balancing inflammation by immune regulation would "
            "exhibit beneficial clinical effects in patients with autism. This is an open label proof of concept "
            "study of autologous bone marrow mononuclear cells (BMMNCs) intrathecal transplantation in [[32 "
            "patients|n:32]] with autism followed by multidisciplinary therapies. All patients were followed up for "
            "[[26 months|f:26,month]] (mean 12.7). Outcome measures used were ISAA, CGI, and FIM/Wee-FIM scales. "
            "Positron Emission Tomography-Computed Tomography (PET-CT) scan recorded objective changes. Out of [[32 "
            "patients|n:32]], a total of 29 (91%) patients improved on total ISAA scores and 20 patients (62%) "
            "showed decreased severity on CGI-I. The difference between pre- and postscores was statistically "
            "significant (P<0.001) on Wilcoxon matched-pairs signed rank test. On CGI-II 96% of patients showed "
            "global improvement. The efficacy was measured on CGI-III efficacy index. Few adverse events including "
            "seizures in three patients were controlled with medications. The encouraging results of this leading "
            "clinical study provide future directions for application of cellular therapy in autism."),
        notes=("Open-label study of intrathecal autologous bone marrow mononuclear cells in 32 patients with autism "
               "(clinical, no species): title and abstract from the stored DOAJ record (the stored Hindawi page has "
               "the same abstract with the P value lost, '( )', and prints the CC BY licence). No cell type: "
               "'autologous bone marrow mononuclear cells (BMMNCs)' have no canonical id; 'Cellular therapy' is "
               "generic. No route ('intrathecal transplantation' has no contract id), no dose, no sessions. Sample "
               "size: 'in 32 patients with autism' -> 32; 'Out of 32 patients' restates the whole sample (not a "
               "subset) -> 32 again (a mention per mention; doubtful: it is also the denominator of an outcome). "
               "Follow-up: 'followed up for 26 months (mean 12.7)' -> 26 months; the mean '12.7' carries no unit of "
               "its own and is left unmarked (doubtful). Single arm: no arms. Traps: '29 (91%) patients', '20 "
               "patients (62%)', '96% of patients', 'seizures in three patients' (outcome counts), 'P<0.001', "
               "ISAA/CGI/FIM/Wee-FIM, 'PET-CT'."),
        layout={"columns": 2, "font": "serif", "journal": "Stem Cells International 2013:623875"},
    ),
    # English texts, sixteenth batch
    RealText(
        id="en_animal_scrt2013_amsc_iv_every_two_weeks_ckd_cats_three_pilots", lang="en", kind="animal", batch=17,
        title="Safety and efficacy of [[intravenous infusion|r:iv]] of allogeneic cryopreserved [[mesenchymal stem "
              "cells|c:msc]] for treatment of chronic kidney disease in cats: results of three sequential pilot "
              "studies",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Stem Cell Research & Therapy 4(2):48", year=2013, doi="10.1186/scrt198",
        url="http://www.stemcellres.com/content/4/2/48?fmt_view=mobile",
        licence="CC BY 4.0 (BMC, all articles)",
        species="animal",
        abstract=(
            "**Introduction** Administration of [[mesenchymal stem cells|c:msc]] ([[MSCs|c:msc]]) has been shown to "
            "improve renal function in rodent models of chronic kidney disease (CKD), in part by reducing intrarenal "
            "inflammation and suppressing fibrosis. CKD in cats is characterized by tubulointerstitial inflammation and "
            "fibrosis, and thus treatment with [[MSCs|c:msc]] might improve renal function and urinary markers of "
            "inflammation in this disease. Therefore, a series of pilot studies was conducted to assess the safety and "
            "efficacy of [[intravenous administration|r:iv]] of allogeneic [[adipose-derived MSCs|c:ad]] "
            "([[aMSCs|c:ad]]) in cats with naturally occurring CKD."),
        body=[
            "**Methods** Cats enrolled in these studies received an [[intravenous infusion|r:iv]] of allogeneic "
            "[[aMSCs|c:ad]] every 2 weeks collected from healthy, young, specific pathogen-free cats. Cats in pilot "
            "study 1 (six cats) received [[2 × 10^{6}|d:2e6,cells,injection#pilot study 1]] cryopreserved "
            "[[aMSCs|c:ad#pilot study 1]] per infusion, cats in pilot study 2 (five cats) received "
            "[[4 × 10^{6}|d:4e6,cells,injection#pilot study 2]] cryopreserved [[aMSCs|c:ad#pilot study 2]] per "
            "infusion, and cats in pilot study 3 (five cats) received [[4 × 10^{6}|d:4e6,cells,-#pilot study 3]] "
            "[[aMSCs|c:ad#pilot study 3]] cultured from cryopreserved adipose. Serum biochemistry, complete blood "
            "count, urinalysis, urine protein, glomerular filtration rate, and urinary cytokine concentrations were "
            "monitored during the treatment period. Changes in clinical parameters were compared statistically by "
            "means of repeated measures analysis of variance (ANOVA) followed by Bonferroni’s correction.",
            "**Results** Cats in pilot study 1 had few adverse effects from the [[aMSC|c:ad#pilot study 1]] infusions "
            "and there was a statistically significant decrease in serum creatinine concentrations during the study "
            "period, however the degree of decrease seems unlikely to be clinically relevant.",
            "**Figure 3** Assessment of renal function in [[adipose-derived mesenchymal stem cell|c:ad]] "
            "([[aMSC|c:ad]])-treated cats. (A) Serum creatinine values for cats in pilot study 1, who received "
            "[[three doses|s:3#pilot study 1]] of [[2 × 10^{6}|d:2e6,cells,-#pilot study 1]] cryopreserved "
            "[[aMSCs|c:ad#pilot study 1]] [[intravenously|r:iv#pilot study 1]] 2 weeks apart. A statistically "
            "significant decrease in creatinine is seen (P = 0.01), however the degree of decrease may not be "
            "clinically significant. (B) Serum creatinine values for cats in pilot study 2, who received "
            "[[three doses|s:3#pilot study 2]] of [[4 × 10^{6}|d:4e6,cells,-#pilot study 2]] cryopreserved "
            "[[aMSCs|c:ad#pilot study 2]] [[intravenously|r:iv#pilot study 2]] 2 weeks apart. No significant "
            "difference in creatinine was detected. (C) Serum creatinine values for cats in pilot study 3, who "
            "received [[three doses|s:3#pilot study 3]] of [[4 × 10^{6}|d:4e6,cells,-#pilot study 3]] "
            "[[aMSCs|c:ad#pilot study 3]] cultured from cryopreserved adipose [[intravenously|r:iv#pilot study 3]] "
            "2 weeks apart. No significant difference in creatinine was detected. (D) Estimated glomerular "
            "filtration rate (GFR) by iohexol clearance results at 0 and [[8 weeks|f:8,week#pilot study 2]] for five "
            "cats in pilot study 2 that received [[4 × 10^{6}|d:4e6,cells,-#pilot study 2]] cryopreserved "
            "[[aMSCs|c:ad#pilot study 2]] [[intravenously|r:iv#pilot study 2]] every 2 weeks for "
            "[[three treatments|s:3#pilot study 2]]. Control chronic kidney disease cats had GFR performed at 0 and 8 "
            "weeks only. (E) GFR determined by nuclear scintigraphy results at 0 and "
            "[[8 weeks|f:8,week#pilot study 3]] for five cats in pilot study 3 that received "
            "[[4 × 10^{6}|d:4e6,cells,-#pilot study 3]] [[aMSCs|c:ad#pilot study 3]] cultured from cryopreserved "
            "adipose [[intravenously|r:iv#pilot study 3]] every 2 weeks for [[three treatments|s:3#pilot study 3]].",
        ],
        notes=("Three sequential pilot studies of intravenous allogeneic adipose-derived MSCs in client-owned cats with "
               "chronic kidney disease (animal; cats are a named species other than mouse or rat: species 'animal' for "
               "every fact): title, Introduction, Methods and the first Results sentence of the abstract from the "
               "journal's stored article page (cut at a sentence end before the copy breaks off in the second Results "
               "sentence), and the legend of Figure 3 from the journal's stored figure page of the same article. The "
               "copies print '2 × 106' (superscript flattened), written 2 × 10^{6}. The first sentence cites rodent "
               "models: species kept 'animal' (the rodents are not named as mice or rats). Cells: 'mesenchymal stem "
               "cells', 'MSCs' (no source) -> msc; 'adipose-derived MSCs', 'aMSCs', 'aMSC', 'adipose-derived "
               "mesenchymal stem cell' -> adipose_msc, per mention. Routes: 'intravenous infusion', 'intravenous "
               "administration', 'intravenously' -> intravenous. Arms: the three pilot studies are the groups of the "
               "document, each with its own regimen, named 'pilot study 1/2/3' (doubtful: they could be read as three "
               "studies rather than arms); the clause naming each labels its dose and cells, and each legend part "
               "(A)-(E) names its study. Doses: '2 × 10^6 ... per infusion', '4 × 10^6 ... per infusion' -> per "
               "injection (the text says 'per infusion'); the same numbers without 'per infusion' (pilot study 3 in "
               "the Methods, the legend) -> per null. Sessions: 'three doses', 'three treatments' -> 3 each; 'every 2 "
               "weeks', '2 weeks apart' are intervals (no count). Follow-up: 'at 0 and 8 weeks' (GFR at baseline and "
               "after the course) -> 8 weeks for pilot studies 2 and 3; the control cats' 'at 0 and 8 weeks' is left "
               "unmarked (untreated cats: no time after a treatment; doubtful). Traps: 'six cats', 'five cats' "
               "(animals, not sample sizes), 'young, specific pathogen-free cats' (donors), creatinine, GFR, "
               "'P = 0.01', ANOVA, 'iohexol clearance', 'nuclear scintigraphy'."),
        layout={"columns": 2, "font": "sans", "journal": "Stem Cell Research & Therapy 2013, 4:48"},
    ),
    RealText(
        id="en_clinical_art2017_pe_single_msct_ssc_14_patients_12_months", lang="en", kind="clinical", batch=17,
        title="Sustained benefit from combined plasmapheresis and allogeneic [[mesenchymal stem cells|c:msc]] "
              "transplantation therapy in systemic sclerosis",
        authors="Huayong Zhang, Jun Liang, Xiaojun Tang, Dandan Wang, Xuebing Feng, Fan Wang, Bingzhu Hua, Hong Wang, "
                "Lingyun Sun",
        journal="Arthritis Research & Therapy 19:165", year=2017, doi="10.1186/s13075-017-1373-2",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC5518166",
        licence="CC BY 4.0 (BMC, all articles)",
        abstract=(
            "**Background** Systemic sclerosis (SSc) is an autoimmune disease involving the skin and several internal "
            "organs. Most therapies available for this disease are symptomatic. Given the difficulty in treating SSc, "
            "we conducted this study to investigate the effect of combined plasmapheresis (PE) and allogeneic "
            "[[mesenchymal stem cells|c:msc]] transplantation (MSCT) therapy on SSc."),
        body=[
            "**Methods** [[Fourteen patients|n:14]] underwent three repeated PE treatments with subsequent pulse "
            "cyclophosphamide on days 1, 3 and 5. Patients received [[a single MSCT|s:1]] "
            "([[1 × 10^{6} cells/kg|d:1e6,cells/kg,-]] of body weight) on day 8. During follow up, evaluations "
            "performed included complete physical examination, serologic testing, and organ function.",
            "**Results** The mean modified Rodnan skin score (MRSS) improved from 20.1 ± 3.1 to 13.8 ± 10.2 "
            "(P < 0.001) at [[12 months of follow up|f:12,month]]. Three patients had interstitial lung disease, all "
            "had improvement of lung function and improved computed tomography (CT) images "
            "[[after 12 months|f:12,month]] of combined therapy.",
            "**Conclusion** The results indicate that PE combined with MSCT is a feasible treatment associated with "
            "possible clinical benefit for SSc patients.",
            "**Trial registration** ClinicalTrials.gov, NCT00962923. Registered on 19 August 2009.",
        ],
        notes=("Open single-arm study of plasmapheresis and pulse cyclophosphamide followed by one allogeneic MSC "
               "transplantation in systemic sclerosis (clinical, no species): title and abstract from the stored "
               "PubMed Central copy, without the third Results sentence (it names 'transforming growth factor-β', a "
               "letter the Latin PDF font cannot print; the passages are cut at sentence ends). Cells: 'mesenchymal "
               "stem cells' (title and Background) -> msc; 'MSCT' (the transplantation, not the cells) is no cell-type "
               "mention (doubtful). Sessions: 'a single MSCT' -> 1 (a single transplantation of the cells); 'three "
               "repeated PE treatments' (plasmapheresis, a procedure, not an administration of the therapy or of a "
               "dosed drug) and 'pulse cyclophosphamide on days 1, 3 and 5' (the count inferred from days) are no "
               "sessions (doubtful). Dose: '1 × 10^6 cells/kg' -> 1e6 cells/kg, per null. Sample size: 'Fourteen "
               "patients'. Follow-up: 'at 12 months of follow up' -> 12 months; 'after 12 months of combined therapy' "
               "-> 12 months on 'after 12 months' (the time after the single treatment at which lung function and CT "
               "were assessed, not the length of a course; doubtful). No route (how the cells were given is not said), "
               "no hormones. Traps: 'on days 1, 3 and 5', 'on day 8' (the schedule), 'Three patients had interstitial "
               "lung disease' (a subgroup), MRSS scores, 'P < 0.001', 'NCT00962923', '19 August 2009'."),
        layout={"columns": 1, "font": "serif", "journal": "Arthritis Research & Therapy (2017) 19:165"},
    ),
    RealText(
        id="en_clinical_alzrt2021_hucbmsc_three_icv_injections_ad_low_high_dose", lang="en", kind="clinical",
        batch=17,
        title="Intracerebroventricular injection of [[human umbilical cord blood mesenchymal stem cells|c:msc]] in "
              "patients with Alzheimer’s disease dementia: a phase I clinical trial",
        authors="Hee Jin Kim, Kyung Rae Cho, Hyemin Jang, Na Kyung Lee, Young Hee Jung, Jun Pyo Kim, Jung Il Lee, Jong "
                "Wook Chang, Seongbeom Park, Sung Tae Kim, Seung Whan Moon, Sang Won Seo, Soo Jin Choi, Duk L Na",
        journal="Alzheimer's Research & Therapy 13:154", year=2021, doi="10.1186/s13195-021-00897-2",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC8439008",
        licence="CC BY 4.0 (BMC, all articles)",
        abstract=(
            "**Backgrounds** Alzheimer’s disease is the most common cause of dementia, and currently, there is no "
            "disease-modifying treatment. Favorable functional outcomes and reduction of amyloid levels were observed "
            "following transplantation of [[mesenchymal stem cells|c:msc@animal]] ([[MSCs|c:msc@animal]]) in animal "
            "studies."),
        body=[
            "**Objectives** We conducted a phase I clinical trial in [[nine patients|n:9]] with mild-to-moderate "
            "Alzheimer’s disease dementia to evaluate the safety and dose-limiting toxicity of [[three repeated "
            "intracerebroventricular injections|s:3]] of [[human umbilical cord blood–derived MSCs|c:msc]] "
            "([[hUCB-MSCs|c:msc]]).",
            "**Methods** We recruited [[nine mild-to-moderate Alzheimer’s disease dementia patients|n:9]] from Samsung "
            "Medical Center, Seoul, Republic of Korea. Four weeks prior to [[MSC|c:msc]] administration, the Ommaya "
            "reservoir was implanted into the right lateral ventricle of the patients. [[Three patients|n:3#low dose]] "
            "received a low dose ([[1.0 × 10^{7} cells|d:1e7,cells,-#low dose]]/2 mL), and "
            "[[six patients|n:6#high dose]] received a high dose ([[3.0 × 10^{7} cells|d:3e7,cells,-#high dose]]/2 "
            "mL) of [[hUCB-MSCs|c:msc#high dose]]. [[Three repeated injections|s:3]] of [[MSCs|c:msc]] were "
            "performed (4-week intervals) in [[all nine patients|n:9]]. These patients were followed up to "
            "[[12 weeks|f:12,week]] after the first [[hUCB-MSC|c:msc]] injection and an additional "
            "[[36 months|f:36,month]] in the extended observation study.",
            "**Results** After [[hUCB-MSC|c:msc]] injection, the most common adverse event was fever (n = 9) followed "
            "by headache (n = 7), nausea (n = 5), and vomiting (n = 4), which all subsided within 36 h. There were "
            "three serious adverse events in two participants that were considered to have arisen from the "
            "investigational product. Fever in a low dose participant and nausea with vomiting in another low dose "
            "participant each required extended hospitalization by a day. There were no dose-limiting toxicities.",
        ],
        notes=("Phase I trial of three intracerebroventricular injections of umbilical cord blood-derived MSCs through "
               "an Ommaya reservoir in Alzheimer's disease, at two doses (clinical, no species): title and abstract "
               "from the stored PubMed Central copy and the journal's stored page (reached through the DOI link), cut "
               "at a sentence end before the copy breaks off in the fifth Results sentence. The copies print '1.0 × "
               "107 cells' (superscript flattened), written 1.0 × 10^{7}. The Background cites animal studies: "
               "species 'animal' for its cells. Cells: 'human umbilical cord blood (-derived) mesenchymal stem cells / "
               "MSCs', 'hUCB-MSCs', 'hUCB-MSC', 'MSC(s)' -> msc (cord-blood MSCs have no id of their own, guide), per "
               "mention. Arms: 'Three "
               "patients received a low dose (...), and six patients received a high dose (...)' are two doses with "
               "one count each, labelled as printed 'low dose' / 'high dose' (the clause of the high dose holds "
               "'of hUCB-MSCs'); the following sentences speak of all nine patients (no arm). Dose: '1.0 × 10^7 "
               "cells/2 mL', '3.0 × 10^7 cells/2 mL' -> the cell numbers, per null; the '2 mL' volume is left "
               "unmarked (written as a ratio with the cells; doubtful: the guide counts an injected volume as a "
               "dose). Sessions: 'three repeated intracerebroventricular injections', 'Three repeated injections' -> 3 "
               "each. Sample size: 'nine patients', 'nine ... patients', 'all nine patients' (the same sample "
               "restated) -> 9 each; 'Three patients' and 'six patients' -> the arms. Follow-up: '12 weeks after the "
               "first hUCB-MSC injection' -> 12 weeks; 'an additional 36 months in the extended observation study' -> "
               "36 months. No route (intracerebroventricular has no contract id). Traps: 'Four weeks prior to MSC "
               "administration' (before the cells), '4-week intervals' (interval), 'fever (n = 9)', 'headache (n = "
               "7)', 'nausea (n = 5)', 'vomiting (n = 4)', 'two participants' (outcome counts), 'within 36 h' (time to "
               "an event), 'by a day'."),
        layout={"columns": 2, "font": "serif", "journal": "Alzheimer's Research & Therapy (2021) 13:154"},
    ),
    RealText(
        id="en_animal_fvets2017_tenogenic_pbmsc_prp_horses_12_weeks_24_months", lang="en", kind="animal", batch=17,
        title="Tenogenically Induced Allogeneic [[Peripheral Blood Mesenchymal Stem Cells|c:msc]] in Allogeneic "
              "Platelet-Rich Plasma: [[2-Year Follow-up|f:2,year]] after Tendon or Ligament Treatment in Horses",
        authors="Charlotte Beerts, Marc Suls, Sarah Y Broeckx, Bert Seys, Aurélie Vandenberghe, Jeroen Declercq, Luc "
                "Duchateau, Martin A Vidal, Jan H Spaas",
        journal="Frontiers in Veterinary Science 4:158", year=2017, doi="10.3389/fvets.2017.00158",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC5622984",
        licence="CC BY 4.0 (Frontiers, all articles)",
        species="animal",
        abstract=(
            "Poor healing of tendon and ligament lesions often results in early retirement of sport horses. Therefore, "
            "regenerative therapies are being explored as potentially promising treatment for these injuries. In this "
            "study, an intralesional injection was performed with allogeneic tenogenically induced [[mesenchymal stem "
            "cells|c:msc]] and platelet-rich plasma 5–6 days after diagnosis of suspensory ligament (SL) (n = 68) or "
            "superficial digital flexor tendon (SDFT) (n = 36) lesion. Clinical, lameness and ultrasonographic "
            "evaluation was performed at 6 and [[12 weeks|f:12,week]]. Moreover, a survey was performed 12 and "
            "[[24 months after treatment|f:24,month]] to determine how many horses were competing at original level "
            "and how many were re-injured. At [[6 weeks|f:6,week]], 88.2% of SL (n = 68) and 97.3% of SDFT lesions "
            "(n = 36) demonstrated moderate ultrasonographic improvement. At [[12 weeks|f:12,week]], 93.1% of SL "
            "(n = 29) and 95.5% of SDFT lesions (n = 22) improved convincingly. Moreover, lameness was abolished in "
            "78.6% of SL (n = 28) and 85.7% (n = 7) of SDFT horses at [[12 weeks|f:12,week]]. "
            "[[After 12 months|f:12,month]] (n = 92), 11.8% of SL and 12.5% of SDFT horses were re-injured, whereas "
            "83.8 of SL and 79.2% of SDFT returned to previous performance level. At [[24 months|f:24,month]] "
            "(n = 89) after treatment, 82.4 (SL) and 85.7% (SDFT) of the horses returned to previous level of "
            "performance."),
        notes=("Field study of one intralesional injection of allogeneic tenogenically induced peripheral blood MSCs in "
               "platelet-rich plasma in sport horses with suspensory ligament or flexor tendon lesions, followed two "
               "years (animal; horses are a named species other than mouse or rat: species 'animal' for every fact): "
               "title and the abstract from the stored PubMed Central copy, cut at a sentence end before the copy "
               "breaks off in the meta-analysis sentence. Cells: 'Peripheral Blood Mesenchymal Stem Cells', "
               "'mesenchymal stem cells' -> msc (MSCs grown from blood have no id of their own; not "
               "peripheral_blood_stem_cell, which names mobilised blood stem cells); platelet-rich plasma is no cell "
               "type. Follow-up: '2-Year Follow-up' (title) -> 2 years; 'at 6 and 12 weeks' (evaluations, not killing "
               "times: a list, one fact, the last) -> 12 weeks; 'a survey was performed 12 and 24 months after "
               "treatment' -> one fact, 24 months; the outcome times 'At 6 weeks', 'At 12 weeks', 'at 12 weeks', "
               "'After 12 months', 'At 24 months (n = 89) after treatment' -> one fact each (outcomes at a time after "
               "the treatment). No sessions: 'an intralesional injection' states no count word (doubtful: it is one "
               "injection). No route (intralesional has no contract id), no dose, no arms (SL and SDFT lesions are "
               "kinds of injury treated alike, not regimens). Traps: '5–6 days after diagnosis' (time from the "
               "injury's diagnosis to the treatment, no follow-up), every '(n = ...)' (horses and lesions: animals, "
               "not sample sizes), the percentages, 'sport horses'."),
        layout={"columns": 1, "font": "sans", "journal": "Frontiers in Veterinary Science | September 2017 | Volume 4 | Article 158"},
    ),
    RealText(
        id="en_animal_scrt2017_single_intralesional_atmsc_sdft_horses_24_weeks", lang="en", kind="animal", batch=17,
        title="Effect of [[single|s:1]] intralesional treatment of surgically induced equine superficial digital "
              "flexor tendon core lesions with [[adipose-derived mesenchymal stromal cells|c:ad]]: a controlled "
              "experimental trial",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Stem Cell Research & Therapy 8", year=2017, doi="10.1186/s13287-017-0564-8",
        url="http://stemcellres.biomedcentral.com/articles/10.1186/s13287-017-0564-8",
        licence="CC BY 4.0 (BMC, all articles)",
        species="animal",
        abstract=(
            "**Background** Adipose tissue is a promising source of [[mesenchymal stromal cells|c:msc@human]] "
            "([[MSCs|c:msc@human]]) for the treatment of tendon disease. The goal of this study was to assess the "
            "effect of a [[single intralesional implantation|s:1]] of [[adipose tissue-derived mesenchymal stromal "
            "cells|c:ad]] ([[AT-MSCs|c:ad]]) on artificial lesions in equine superficial digital flexor tendons "
            "(SDFTs)."),
        body=[
            "**Methods** During this randomized, controlled, blinded experimental study, either autologous cultured "
            "[[AT-MSCs|c:ad]] suspended in autologous inactivated serum ([[AT-MSC|c:ad]]-serum) or autologous "
            "inactivated serum (serum) were injected intralesionally 2 weeks after surgical creation of centrally "
            "located SDFT lesions in both forelimbs of nine horses. Healing was assessed clinically and with "
            "ultrasound (standard B-mode and ultrasound tissue characterization) at regular intervals over "
            "[[24 weeks|f:24,week]]. After euthanasia of the horses the SDFTs were examined histologically, "
            "biochemically and by means of biomechanical testing.",
            "**Results** [[AT-MSC|c:ad]] implantation did not substantially influence clinical and ultrasonographic "
            "parameters. Histology, biochemical and biomechanical characteristics of the repair tissue did not differ "
            "significantly between treatment modalities [[after 24 weeks|f:24,week]]. Compared with macroscopically "
            "normal tendon tissue, the content of the mature collagen crosslink hydroxylysylpyridinoline did not "
            "differ after [[AT-MSC|c:ad]]-serum treatment (p = 0.074) while it was significantly lower (p = 0.027) "
            "in lesions treated with serum alone. Stress at failure (p = 0.048) and the modulus of elasticity "
            "(p = 0.001) were significantly lower after [[AT-MSC|c:ad]]-serum treatment than in normal tendon "
            "tissue.",
        ],
        notes=("Randomised controlled experimental study of one intralesional injection of autologous adipose-derived "
               "MSCs in serum against serum alone in surgically created flexor tendon lesions of both forelimbs of nine "
               "horses (animal; horses are a named species other than mouse or rat: species 'animal'): title, "
               "Background, Methods and Results of the abstract from the journal's stored article page, cut before the "
               "Conclusions, which the copy breaks off inside the first sentence. The first sentence (adipose tissue "
               "as a source of MSCs for tendon disease in general) carries no species (@human). Cells: 'mesenchymal "
               "stromal cells', 'MSCs' -> msc; 'adipose-derived / adipose tissue-derived mesenchymal stromal cells', "
               "'AT-MSCs', 'AT-MSC' (also inside the treatment name 'AT-MSC-serum') -> adipose_msc, per mention. "
               "Sessions: 'single' (title, 'single intralesional treatment') and 'a single intralesional implantation' "
               "-> 1 each. Follow-up: 'at regular intervals over 24 weeks' and 'after 24 weeks' -> 24 weeks each (the "
               "time after the injection when the horses were killed and tendons examined). No arms: each horse had "
               "both treatments, one per forelimb (the treatment modalities 'AT-MSC-serum' and 'serum' are not groups "
               "of horses; doubtful). No route (intralesional has no contract id), no dose. Traps: '2 weeks after "
               "surgical creation' (time from the injury), 'nine horses' (animals), the p values, 'B-mode'."),
        layout={"columns": 2, "font": "serif", "journal": "Stem Cell Research & Therapy (2017) 8"},
    ),
    RealText(
        id="en_clinical_jtm2012_cbmnc_intermittent_idiopathic_osteoporosis_8_patients_one_year", lang="en",
        kind="clinical", batch=17,
        title="Beneficial effects of non-matched allogeneic [[cord blood mononuclear cells|c:ucb]] upon patients with "
              "idiopathic osteoporosis",
        authors="Jun Li, Li Zhang, Liang Zhou, Zheng-Ping Yu, Feng Qi, Bei Liu, Su-Xia Zi, Li Li, Yi Li, San-Bin "
                "Wang, Zheng-Jiang Cui, Xing-Hua Pan",
        journal="Journal of Translational Medicine 10:102", year=2012, doi="10.1186/1479-5876-10-102",
        url="http://www.translational-medicine.com/content/10/1/102/abstract",
        licence="CC BY 2.0 (BMC, all articles; 'Open Access' on the stored copy)",
        abstract=(
            "**Background** Immunological arguments and historical examples have shown that treatment with cord blood "
            "for non-hematopoietic activities, such as growth factor production and stimulation of angiogenesis, may "
            "not require matching or immune suppression."),
        body=[
            "**Methods** To study the benefit of blood mononuclear cell therapy, [[8 patients|n:8]] with idiopathic "
            "osteoporosis were given [[intermittent treatments|s:-]] with non-matched allogeneic [[cord blood "
            "mononuclear cells|c:ucb]] for 3 months. Morning fasting samples were collected for measuring urine N "
            "telopeptide of type-1 collagen, serum bone-specific alkaline phosphatase, and insulin-like growth factor "
            "1 during [[one-year study|f:1,year]].",
            "**Results** Clinical response was striking. Serum insulin-like growth factor 1 significantly increased in "
            "all patients at [[3 months|f:3,month]] compared with baseline values, from 264.1 ± 107.0 to 384.4 ± "
            "63.1 ng/mL (P = 0.002), with a tendency to return to baseline values at [[12 months|f:12,month]] "
            "(312.9 ± 75.5 ng/mL, P = 0.083). In contrast, differences in serum bone-specific alkaline phosphatase and "
            "urine N telopeptide of type-1 collagen were not significant at 3 (P = 0.765, P = 0.057) or "
            "[[12 months|f:12,month]] (P = 0.889, P = 0.122). A beneficial effect on bone density was observed in "
            "all patients at the lumbar spine. The mean bone mineral density calculated during therapy (0.6811 ± "
            "0.1442 g/cm2) tended higher than baseline values (0.6239 ± 0.1362 g/cm2, P < 0), and percentage change "
            "(median) varied from 8.85% at 3 months to 7.85% at [[one year|f:1,year]]. All patients are now well "
            "[[after one year|f:1,year]].",
            "**Conclusions** The findings indicate that for these patients with idiopathic osteoporosis, treatment "
            "with [[cord blood mononuclear cells|c:ucb]] led to a significant increase in insulin-like growth factor "
            "1 levels, which favors the increase in bone mineral density.",
        ],
        notes=("Open study of repeated infusions of non-matched allogeneic cord blood mononuclear cells over three "
               "months in eight patients with idiopathic osteoporosis, followed one year (clinical, no species): "
               "title and the whole abstract from the journal's stored article page (the same text in the stored "
               "PubMed Central copy). Cells: 'cord blood mononuclear cells' -> umbilical_cord_blood_cell (the "
               "blood's own cells, guide); 'cord blood' alone (a tissue) and 'blood mononuclear cell therapy' (no "
               "source named) are no cell-type mentions. Sessions: 'intermittent treatments' -> count null (repeated "
               "treatments without a number; doubtful: 'intermittent' could be read as a frequency). Sample size: '8 "
               "patients'. Follow-up: 'during one-year study' -> 1 year; the outcome times 'at 3 months', 'at 12 "
               "months' -> one fact each; 'at 3 (...) or 12 months (...)' (a list of two assessment times) -> one fact, "
               "the last, 12 months; 'from 8.85% at 3 months to 7.85% at one year' (two time points of one outcome) "
               "-> one fact, the last, 1 year (doubtful: could be two); 'after one year' -> 1 year. 'for 3 months' is "
               "the length of the course (no follow-up). No route (how the cells were given is not said), no dose, no "
               "hormones (insulin-like growth factor 1, alkaline phosphatase and telopeptide are no contract "
               "hormones). Traps: 'in all patients' (no count), the ng/mL and g/cm2 values (concentrations and "
               "densities, not doses), the P values, '8.85%', '7.85%'."),
        layout={"columns": 2, "font": "sans", "journal": "Journal of Translational Medicine 2012, 10:102"},
    ),
    RealText(
        id="en_animal_fcell2023_hucmsc_iv_sc_twice_weekly_monkeys_6_weeks", lang="en", kind="animal", batch=17,
        title="[[Repeat-dose|s:-]] toxicity study of [[human umbilical cord mesenchymal stem cells|c:uc]] in "
              "cynomolgus monkeys by [[intravenous|r:iv]] and [[subcutaneous injection|r:sc]]",
        authors="Wei Pan, Liqiang Gu, Hongzhong Yang, Cong Xu, Zhengbiao Yang, Qijiong Lu, Yuhua Shi, Lili Zhang, "
                "Jinjin Shao, Yunxiang Chen, Xin Pan, Feifei Wu, Ruolang Pan, Jinfeng Liang, Lijiang Zhang",
        journal="Frontiers in Cell and Developmental Biology 11:1273723", year=2023, doi="10.3389/fcell.2023.1273723",
        url="https://doaj.org/article/b121fb98f0f0452ebc4736bde0e2a9bd",
        licence="CC BY 4.0 (Frontiers, all articles)",
        species="animal",
        abstract=(
            "[[Human umbilical cord mesenchymal stem cells|c:uc@human]] ([[hUC-MSCs|c:uc@human]]) are proposed for the "
            "treatment of acute lung injury and atopic dermatitis. To advance [[hUC-MSC|c:uc@human]] entry into "
            "clinical trials, the effects of [[hUC-MSCs|c:uc]] on the general toxicity, immune perturbation and "
            "toxicokinetic study of [[hUC-MSCs|c:uc]] in cynomolgus monkeys were assessed. [[hUC-MSCs|c:uc]] were "
            "administered to cynomolgus monkeys by [[intravenous infusion|r:iv]] of "
            "[[3.0 × 10^{6}|d:3e6,cells/kg,-]] or [[3.0 × 10^{7}cells/kg|d:3e7,cells/kg,-]] or by "
            "[[subcutaneous injection|r:sc]] of [[3.0 × 10^{7}cells/kg|d:3e7,cells/kg,-]] twice a week for 3 weeks "
            "followed by withdrawal and [[observation for 6 weeks|f:6,week]]. Toxicity was assessed by clinical "
            "observation, clinical pathology, ophthalmology, immunotoxicology and histopathology. Moreover, "
            "toxicokinetic study was performed using a validated qPCR method after the first and last dose. After 3rd "
            "or 4th dosing, one or three the monkeys in the intravenous high-dose group exhibited transient coma, which "
            "was eliminated by slow-speed infusion after 5th or [[6th dosing|s:6#intravenous high-dose group]]. In all "
            "dose groups, [[hUC-MSCs|c:uc]] significantly increased NEUT levels and decreased LYMPH and CD3+ levels, "
            "which are related to the immunosuppressive effect of [[hUC-MSCs|c:uc]]. Subcutaneous nodules and "
            "granulomatous foci were found at the site of administration in all monkeys in the "
            "[[subcutaneous injection|r:sc#subcutaneous injection group]] group. Other than above abnormalities, no "
            "obvious systemic toxicity was observed in any group. The [[hUC-MSCs|c:uc]] was detectable in blood only "
            "within 1 h after [[intravenous|r:iv]] and [[subcutaneous administration|r:sc]]."),
        notes=("Repeat-dose toxicity study of human umbilical cord MSCs given intravenously at two doses or "
               "subcutaneously to cynomolgus monkeys, twice a week for three weeks, then six weeks of observation "
               "(animal; monkeys are a named species other than mouse or rat: species 'animal'): title and abstract; "
               "up to 'the immunosuppressive effect of hUC-MSCs' from the stored DOAJ record (which breaks off in the "
               "next sentence), the last three sentences from the stored PubMed record of the same abstract (which "
               "prints the doses as '3.0 x 10(6)'; the DOAJ record prints '3.0 × 106' and '3.0 × 107cells/kg' without a "
               "space, written 3.0 × 10^{6}, 3.0 × 10^{7}cells/kg); the last words of the PubMed record ('... is "
               "wa', cut) are left out. The first two sentences (the clinical aim: lung injury, atopic dermatitis, "
               "entry into clinical trials) carry no species (@human) for those cells. Cells: 'Human umbilical cord "
               "mesenchymal stem cells', 'hUC-MSCs', 'hUC-MSC' -> umbilical_cord_msc, per mention. Routes: "
               "'intravenous infusion', 'intravenous' (title, last sentence) -> intravenous; 'subcutaneous "
               "injection', 'subcutaneous administration' -> subcutaneous; 'the subcutaneous injection group' -> "
               "subcutaneous with that arm (the route in the group's name; doubtful); 'Subcutaneous nodules' (a "
               "finding) is no route. Doses: '3.0 × 10^6 or 3.0 × 10^7cells/kg' (intravenous) and '3.0 × "
               "10^7cells/kg' (subcutaneous) -> one fact per number, cells/kg, per null; no arms there (the "
               "alternatives are listed without counts or 'respectively'). Sessions: 'Repeat-dose' (title) -> count "
               "null (doubtful); 'twice a week for 3 weeks' is a frequency with a duration (no count stated); with no "
               "count stated, the highest ordinal '6th dosing' -> 6 (guide's ordinal rule; '3rd', '4th', '5th' and "
               "'the first and last dose' are earlier or counted doses, no fact), in the clause continuing 'the "
               "intravenous high-dose group' -> that arm. Follow-up: 'observation for 6 weeks' after withdrawal -> 6 "
               "weeks. Traps: 'within 1 h after ...' (a window), 'In all dose groups' (no arm), NEUT/LYMPH/CD3+ (no "
               "hormones), 'one or three the monkeys' (animals), 'qPCR'."),
        layout={"columns": 1, "font": "serif", "journal": "Frontiers in Cell and Developmental Biology 2023 | Volume 11"},
    ),
    RealText(
        id="en_animal_srep2024_hucmsc_single_and_five_weekly_iv_monkeys_28_days", lang="en", kind="animal", batch=17,
        title="Bio-distribution and toxicity potential of [[human umbilical cord mesenchymal stem cells|c:uc]] in "
              "cynomolgus monkeys",
        authors="Ying Huang, Xiaofang Hao, Zhi Lin, Lulu Li, Hua Jiang, Hezhan Zhang, Xingchao Geng, Hao Zhu, Hairuo "
                "Wen",
        journal="Scientific Reports 14(1):1-12", year=2024, doi="10.1038/s41598-024-63118-4",
        url="https://doaj.org/article/8005f698d90944c2b3b8b116cb852735",
        licence="CC BY 4.0 (Scientific Reports, all articles)",
        species="animal",
        abstract=(
            "[[Mesenchymal stem cells|c:msc@human]] ([[MSCs|c:msc@human]]) have demonstrated promising advantages in "
            "the therapies of many diseases, while its multi-directional differentiation potential and immunotoxicity "
            "are the major concerns hindered their clinical translation. In this study, [[human umbilical Mesenchymal "
            "stem cell|c:uc]] ([[hUC-MSCs|c:uc]]) were labeled with a near-infrared fluorescent dye DiR before infused "
            "into cynomolgus monkeys, and the amount of [[hUC-MSCs|c:uc]] in the peripheral blood were dynamically "
            "estimated from 5 min to [[28 days|f:28,day]] post [[a single administration|s:1]] at "
            "[[3 × 10^{6} cells/kg|d:3e6,cells/kg,-]] and [[2 × 10^{7} cells/kg|d:2e7,cells/kg,-]] "
            "[[intravenously|r:iv]]. As results, some [[hUC-MSCs|c:uc]] distributed to the whole body within 5 min, "
            "while most of the cells accumulate in the lungs along with the systemic blood circulation, and "
            "subsequently released into the blood. The toxicity potentials of [[hUC-MSCs|c:uc]] were investigated in "
            "another 30 cynomolgus monkeys, and the cells were repeatedly administrated at doses of "
            "[[3 × 10^{6} cells/kg|d:3e6,cells/kg,-]] and [[2 × 10^{7} cells/kg|d:2e7,cells/kg,-]] for "
            "[[5 times|s:5]] on a weekly basis, with a [[recovery period of 1 months|f:1,month]]. [[hUC-MSCs|c:uc]] "
            "showed no obvious toxic effects in cynomolgus monkeys, except xenogeneic immune rejection to human stem "
            "cells."),
        notes=("Bio-distribution (one intravenous dose) and repeat-dose toxicity (five weekly doses, then a month of "
               "recovery) of human umbilical cord MSCs in cynomolgus monkeys (animal; monkeys are a named species "
               "other than mouse or rat: species 'animal'): title and the abstract from the stored DOAJ record, cut at "
               "a sentence end before the copy breaks off in the sentence on the gene copies ('... and it its safe "
               "in'). The record prints '3 × 106 cells/kg' (superscript flattened), written 3 × 10^{6}; the article "
               "number is not shown in the copy (volume 14, issue 1, pages 1-12 as the record prints them; the DOI identifies the work). "
               "The first sentence (MSCs in the therapy of many diseases) is general: no species (@human). Cells: "
               "'Mesenchymal stem cells', 'MSCs' -> msc; 'human umbilical Mesenchymal stem cell', 'hUC-MSCs' -> "
               "umbilical_cord_msc, per mention; 'human stem cells' is generic. Route: 'intravenously' -> "
               "intravenous (the repeated doses name no route of their own). Doses: '3 × 10^6 cells/kg and 2 × 10^7 "
               "cells/kg' (twice) -> one fact per number, per null; no arms (two doses without counts or group names). "
               "Sessions: 'a single administration' -> 1; 'for 5 times on a weekly basis' -> 5 ('repeatedly "
               "administrated' restates the same counted doses in the same clause: left unmarked, doubtful). "
               "Follow-up: 'from 5 min to 28 days post a single administration' -> 28 days (the last time); 'a "
               "recovery period of 1 months' -> 1 month (observation after the last dose). Traps: 'another 30 "
               "cynomolgus monkeys' (animals), 'within 5 min', 'near-infrared fluorescent dye DiR'."),
        layout={"columns": 2, "font": "sans", "journal": "Scientific Reports (2024) 14"},
    ),
    RealText(
        id="en_clinical_scrt2017_bmmsc_cubital_vein_adpkd_six_patients_12_months", lang="en", kind="clinical",
        batch=17,
        title="Safety and tolerability of autologous [[bone marrow mesenchymal stromal cells|c:bm]] in ADPKD patients",
        authors="Atieh Makhlough, Soroosh Shekarchian, Reza Moghadasali, Behzad Einollahi, Seyedeh Esmat Hosseini, "
                "Neda Jaroughi, Tina Bolurieh, Hossein Baharvand, Nasser Aghdami",
        journal="Stem Cell Research & Therapy 8:116", year=2017, doi="10.1186/s13287-017-0557-7",
        url="https://stemcellres.biomedcentral.com/articles/10.1186/s13287-017-0557-7",
        licence="CC BY 4.0 (BMC, all articles)",
        abstract=(
            "**Background** Autosomal dominant polycystic kidney disease (ADPKD) is a genetic ciliopathy disease "
            "characterized by progressive formation and enlargement of cysts in multiple organs. The kidneys are "
            "particularly affected and patients may eventually develop end-stage renal disease (ESRD). We hypothesize "
            "that [[bone marrow mesenchymal stromal cells|c:bm]] ([[BMMSCs|c:bm]]) are renotropic and may improve "
            "kidney function via anti-apoptotic, anti-fibrotic, and anti-inflammatory effects. In this study, we aim "
            "to assess the safety and tolerability of a [[BMMSC|c:bm]] infusion in ADPKD patients."),
        body=[
            "**Methods** We performed a single-arm phase I clinical trial with a [[12-month follow-up|f:12,month]]. "
            "This study enrolled [[six eligible ADPKD patients|n:6]] with an estimated glomerular filtration rate "
            "(eGFR) of 25–60 ml/min/1.73 m2. Patients received autologous cultured [[BMMSCs|c:bm]] "
            "([[2 × 10^{6} cells/kg|d:2e6,cells/kg,-]]) through the [[cubital vein|r:iv]] according to our infusion "
            "protocol. We investigated safety issues and kidney function during the follow-up visits, and compared "
            "the findings to baseline and 1 year prior to the intervention.",
            "**Results** There were no patients lost to follow-up. We observed no cell-related adverse events (AE) and "
            "serious adverse events (SAE) after [[12 months of follow-up|f:12,month]]. The mean eGFR value of 33.8 ± "
            "5.3 ml/min/1.73 m2 1 year before cell infusion declined to 26.7 ± 3.1 ml/min/1.73 m2 at baseline "
            "(P = 0.03) and 25.8 ± 6.2 ml/min/1.73 m2 at the [[12-month follow-up|f:12,month]] visit (P = 0.62). The "
            "mean serum creatinine (SCr) level of 2 ± 0.3 mg/dl 1 year before the infusion increased to 2.5 ± 0.4 "
            "mg/dl at baseline (P = 0.04) and 2.5 ± 0.6 mg/dl at the [[12-month follow-up|f:12,month]] (P = 0.96).",
        ],
        notes=("Single-arm phase I trial of one intravenous infusion of autologous bone marrow MSCs in six patients with "
               "polycystic kidney disease, followed 12 months (clinical, no species): title, Background, Methods and "
               "the first three Results sentences of the abstract from the journal's stored article page (authors from "
               "the stored PubMed Central copy), cut at a sentence end before the copy breaks off in the fourth "
               "('... in SCr (P = 0'). The copy prints '2 × 106 cells/kg' and 'm2' (superscripts flattened): the dose "
               "is written 2 × 10^{6}, 'm2' is kept as printed. Cells: 'bone marrow mesenchymal stromal cells', "
               "'BMMSCs', 'BMMSC' -> bone_marrow_msc, per mention. Route: 'through the cubital vein' -> intravenous "
               "(a vein named; marked on 'cubital vein'). Dose: '2 × 10^6 cells/kg' -> 2e6 cells/kg, per null. Sample "
               "size: 'six eligible ADPKD patients'. Follow-up: 'a 12-month follow-up', 'after 12 months of "
               "follow-up', 'at the 12-month follow-up visit', 'at the 12-month follow-up' -> 12 months each. No "
               "sessions: 'a BMMSC infusion' states no count word (doubtful: one infusion). No hormones (eGFR and "
               "creatinine are not contract hormones). Traps: '1 year prior to the intervention', '1 year before cell "
               "infusion', '1 year before the infusion' (times before the treatment, no follow-up), 'eGFR of 25–60 "
               "ml/min/1.73 m2' (an inclusion range, not a dose), 'mg/dl' values (concentrations), the P values, "
               "'single-arm', 'no patients lost to follow-up'."),
        layout={"columns": 2, "font": "serif", "journal": "Stem Cell Research & Therapy (2017) 8:116"},
    ),
    RealText(
        id="en_clinical_etm2017_ucmsc_iv_transfusions_ankylosing_spondylitis_5_patients", lang="en", kind="clinical",
        batch=17,
        title="Infusion of [[umbilical cord mesenchymal stem cells|c:uc]] alleviates symptoms of ankylosing spondylitis",
        authors="Ai Li, Yuan Tao, Dexiao Kong, Ni Zhang, Yongjing Wang, Zhilun Wang, Yingxue Wang, Juandong Wang, Juan "
                "Xiao, Yang Jiang, Xiaoli Liu, Chengyun Zheng",
        journal="Experimental and Therapeutic Medicine 14:1538-1546", year=2017, doi="10.3892/etm.2017.4687",
        url="https://spandidos-publications.com/10.3892/etm.2017.4687",
        licence="CC BY (printed on the stored Spandidos page: 'Creative Commons Attribution License')",
        abstract=(
            "The current study evaluated [[5 patients|n:5]] with ankylosing spondylitis (AS). Patients received "
            "[[intravenous transfusions|r:iv]] of [[umbilical cord mesenchymal stem cells|c:uc]] ([[uMSCs|c:uc]]). All "
            "therapeutic and adverse responses were assessed and recorded during [[uMSC|c:uc]] therapy. No severe "
            "adverse reactions were observed in any of the patients, although a slight transient fever was observed "
            "in 3 patients within 2‑6 h of [[intravenous administration|r:iv]] of [[uMSCs|c:uc]]. Following "
            "treatment, the Bath Ankylosing Spondylitis Disease Activity and Bath Ankylosing Spondylitis Metrology "
            "Indices decreased, however the Bath Ankylosing Spondylitis Functional Index increased. The erythrocyte "
            "sedimentation rate in 3 patients was reduced and C‑reactive protein levels in 1 patient were markedly "
            "reduced. The symptoms of AS were alleviated in all patients. The present study indicates that "
            "[[intravenous transfusion|r:iv]] of [[uMSCs|c:uc]] is safe and well tolerated by patients and that it "
            "effectively alleviates disease activity and clinical symptoms. In the future, a larger cohort of "
            "patients with AS should be recruited to enable the systemic evaluation of [[uMSC|c:uc]] therapy."),
        notes=("Small open study of intravenous umbilical cord MSCs in five patients with ankylosing spondylitis "
               "(clinical, no species): title and the whole abstract from the publisher's stored article page, which "
               "prints the CC BY licence ('2‑6 h' and 'C‑reactive' with the non-breaking hyphens of the copy). A text "
               "with few facts and outcome-count traps. Cells: 'umbilical cord mesenchymal stem cells', 'uMSCs', "
               "'uMSC' -> umbilical_cord_msc, per mention. Routes: 'intravenous transfusions', 'intravenous "
               "administration', 'intravenous transfusion' -> intravenous. Sample size: '5 patients'. No sessions "
               "('intravenous transfusions' in the plural states no count and no 'repeated'; doubtful), no dose, no "
               "follow-up ('during uMSC therapy', 'Following treatment' give no time), no hormones (the Bath indices, "
               "erythrocyte sedimentation rate and C-reactive protein are no contract hormones). Traps: 'in 3 "
               "patients' (twice) and 'in 1 patient' (outcome counts, not samples), 'within 2‑6 h' (time to an "
               "event, a window), 'in all patients', 'a larger cohort of patients' (no count)."),
        layout={"columns": 1, "font": "sans", "journal": "Experimental and Therapeutic Medicine 14: 1538-1546, 2017"},
    ),
    RealText(
        id="en_clinical_sci2019_bmmsc_four_weekly_intrathecal_37_patients_table", lang="en", kind="clinical",
        batch=17,
        title="Safety and Feasibility of [[Repeated|s:-]] Intrathecal Allogeneic [[Bone Marrow-Derived Mesenchymal "
              "Stromal Cells|c:bm]] in Patients with Neurological Diseases",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Stem Cells International 2019:8421281", year=2019, doi="10.1155/2019/8421281",
        url="https://0-doi-org.brum.beds.ac.uk/10.1155/2019/8421281",
        licence="CC BY 4.0 (Hindawi, all articles)",
        abstract=(
            "[[Mesenchymal stromal cells|c:msc]] ([[MSCs|c:msc]]) have become the most commonly used adult stem cells "
            "in regenerative medicine. Preclinical studies have shown that [[MSCs|c:msc]]-based therapy is a potential "
            "new treatment approach for neurological diseases. Intrathecal injection has unique feature which allows "
            "stem cells to directly migrate to the lesion site in patients with central nervous system (CNS) "
            "diseases. In this study, we evaluate the safety and feasibility of intrathecal allogeneic [[bone "
            "marrow-derived MSCs|c:bm]] ([[BM-MSCs|c:bm]]) in patients with neurological diseases. This open-label "
            "clinical study included [[37 patients|n:37]] (14 diseases). Eligible patients underwent a baseline "
            "assessment and were intrathecally injected with allogeneic [[BM-MSCs|c:bm]] (, "
            "[[4 consecutive treatments|s:4]] at 1-week intervals). After [[four infusions|s:4]], the patients were "
            "[[followed up for at least 6 months|f:6,month]]. Adverse events, cerebrospinal fluid (CSF) test results, "
            "clinical symptoms, physical examination, and haematological and imaging examinations were used to assess "
            "the safety and feasibility of the treatment. Also, we performed a systematic review of the safety of all "
            "types of intrathecal stem cells and compared our result to previous studies. In our study, the highest "
            "adverse event was a slight ache at the injection site (4.11%), followed by fever (3.42%) and mild "
            "headache (2.05%). No severe adverse events were reported. After the intrathecal injections, the white "
            "blood cell (WBC) counts in the CSF increased in 30 patients and the protein concentration in the CSF "
            "exceeded the normal range in 26 patients, while other CSF indicators remained normal. Moreover, these "
            "patients had no suspected manifestations of CNS infection. Haematological and imaging examinations "
            "showed no abnormal changes after [[BM-MSCs|c:bm]] infusion. Compared with previous studies, the incidence "
            "of adverse events was nearly consistent or even lower for headache, fever, nausea, and neck pain."),
        body=[
            ("table", "**Table 6** Clinical studies of intrathecal allogeneic MSCs described in the literature.", [
                ["Authors/country", "Diagnosis", "No. of treated patients", "Stem cell type", "Transplant type",
                 "Dose per injection", "Injection frequency", "Follow-up", "Adverse event (person-time)"],
                ["Jin et al. [36]/China", "SCA", "[[16|n:16]]", "[[UCMSCs|c:uc]]", "IT+[[IV|r:iv]]", "",
                 "[[3|s:3]], weekly", "[[12 months|f:12,month]]", "Fever (1); dizziness (2); headache (2)"],
                ["Lv et al. [38]/China", "Autism", "[[9|n:9]]", "[[UCMSCs|c:uc]]", "IT+[[IV|r:iv]]", "",
                 "[[2|s:2]], at 5–7-day intervals", "[[6 months|f:6,month]]", "Fever (2)"],
                ["Wang et al. [39]/China", "TBI", "[[20|n:20]]", "[[UCMSCs|c:uc]]", "IT", "",
                 "[[4|s:4]], at 5–7 day intervals", "[[6 months|f:6,month]]", "Dizziness (4); headache (4)"],
                ["Liu et al. [37]/China", "SCI", "[[22|n:22]]", "[[UCMSCs|c:uc]]", "IT", "", "4–12, weekly",
                 "3–36 months", "Lumbago (1); headache (1)"],
            ], [0.12, 0.07, 0.13, 0.08, 0.08, 0.1, 0.14, 0.08, 0.2], 4.2),
            "Abbreviations: SCA, hereditary spinocerebellar ataxia; SCI, spinal cord injury; TBI, traumatic brain "
            "injury; UCMSCs, [[umbilical cord mesenchymal stem cells|c:uc]]; IT, intrathecal; IV, "
            "[[intravenous|r:iv]].",
        ],
        notes=("Open-label study of four weekly intrathecal injections of allogeneic bone marrow MSCs in 37 patients with "
               "neurological diseases, with a review of earlier intrathecal studies (clinical, no species): title and "
               "abstract from a stored proxy copy of the DOI page, cut at a sentence end before the copy breaks off in "
               "the conclusion ('... safe, feasible, and p'), and Table 6 (earlier intrathecal studies) with its "
               "abbreviation note from the journal's stored table page. The copy loses the dose before '4 consecutive "
               "treatments' ('(, 4 consecutive ...') and every value of the table's 'Dose per injection' column (empty "
               "cells here): kept as printed. Cells: 'Mesenchymal stromal cells', 'MSCs' (also in 'MSCs-based "
               "therapy') -> msc; 'Bone Marrow-Derived Mesenchymal Stromal Cells', 'bone marrow-derived MSCs', "
               "'BM-MSCs' -> bone_marrow_msc; 'UCMSCs', 'umbilical cord mesenchymal stem cells' (the table and its "
               "note) -> umbilical_cord_msc; 'adult stem cells', 'stem cells', 'intrathecal stem cells' are generic. "
               "Sessions: 'Repeated' (title) -> count null (as 'repeated intrathecal injections' elsewhere in this "
               "corpus); '4 consecutive treatments', 'After four infusions' -> 4 each; '1-week intervals' is an "
               "interval. Sample size: '37 patients'; '14 diseases' is no count of patients. Follow-up: 'followed up "
               "for at least 6 months' -> 6 months. No route for the study (intrathecal has no contract id). Table 6 "
               "(cited studies, one fact per cell): 'No. of treated patients' 16, 9, 20, 22 -> sample sizes; 'UCMSCs' "
               "-> umbilical_cord_msc; 'IV' in 'IT+IV' and 'IV, intravenous' in the note -> intravenous ('IT' no id); "
               "'Injection frequency' '3, weekly', '2, at 5–7-day intervals', '4, at 5–7 day intervals' -> sessions "
               "3, 2, 4 (the count before the comma); '4–12, weekly' (a range of counts) and '3–36 months' (a range of "
               "follow-up times) are left unmarked (the marks hold no ranges for these types; doubtful); 'Follow-up' "
               "'12 months', '6 months' -> follow-up. No arms. Traps: 'in 30 patients', 'in 26 patients' (outcome "
               "counts), '(4.11%)', '(3.42%)', '(2.05%)', the adverse-event counts in brackets in the table "
               "('Fever (1)'), '[36]' citation markers."),
        layout={"columns": 1, "font": "sans", "journal": "Stem Cells International Volume 2019, Article ID 8421281"},
    ),
    RealText(
        id="en_animal_bmcvet2013_admsc_prgf_intraarticular_hip_oa_dogs_day_180", lang="en", kind="animal", batch=17,
        title="Controlled, blinded force platform analysis of the effect of intraarticular injection of autologous "
              "[[adipose-derived mesenchymal stem cells|c:ad]] associated to PRGF-Endoret in osteoarthritic dogs",
        authors="Jose M Vilar, Manuel Morales, Angelo Santana, Giuseppe Spinella, Mónica Rubio, Belen Cuervo, Ramón "
                "Cugat, Jose M Carrillo",
        journal="BMC Veterinary Research 9:131", year=2013, doi="10.1186/1746-6148-9-131",
        url="https://bmcvetres.biomedcentral.com/articles/10.1186/1746-6148-9-131",
        licence="CC BY 2.0 (printed on the stored BioMed Central page)",
        species="animal",
        abstract=(
            "**Background** [[Adipose-derived mesenchymal stem cell|c:ad@human]] ([[ADMSC|c:ad@human]]) therapy in "
            "regenerative medicine is a rapidly growing area of research and is currently also being used to treat "
            "osteoarthritis (OA). Force platform analysis has been consistently used to verify the efficacy of "
            "different therapeutic strategies for the treatment of OA in dogs, but never with [[AD-MSC|c:ad]]."),
        body=[
            "The aim of this study was to use a force platform to measure the efficacy of intraarticular "
            "[[ADMSC|c:ad]] administration for limb function improvement in dogs with severe OA.",
            "**Results** Eight lame dogs with severe hip OA and a control group of 5 sound dogs were used for this "
            "study. Results were statistically analyzed to detect a significant increase in peak vertical force (PVF) "
            "and vertical impulse (VI) in treated dogs. Mean values of PVF and VI were significantly improved after "
            "treatment of the OA groups, reaching 53.02% and 14.84% of body weight, respectively, at "
            "[[day 180|f:180,day]], compared with only 43.56% and 12.16% at day 0.",
            "**Conclusion** This study objectively demonstrated that intraarticular [[ADMSC|c:ad]] therapy resulted "
            "in reduced lameness due to OA.",
        ],
        notes=("Controlled study of intra-articular autologous adipose-derived MSCs with plasma rich in growth factors in "
               "dogs with hip osteoarthritis (animal; dogs are a named species other than mouse or rat: species "
               "'animal'): title and the whole abstract from the journal's stored article page, which prints the CC BY "
               "2.0 licence (authors from the stored BioMed Central page). A text with few facts. The first sentence "
               "(ADMSC therapy as a field of research, also in people) carries no species (@human). Cells: "
               "'adipose-derived mesenchymal stem cells', 'Adipose-derived mesenchymal stem cell', 'ADMSC', 'AD-MSC' "
               "-> adipose_msc, per mention; PRGF-Endoret (a plasma product) is no cell type. Follow-up: 'at day 180' "
               "(the last time point after treatment, against day 0) -> 180 days; 'at day 0' is the baseline (no "
               "fact). No route (intra-articular has no contract id), no dose, no sessions, no arms ('a control group "
               "of 5 sound dogs' is a group of healthy animals without a regimen; doubtful). Traps: 'Eight lame dogs', "
               "'5 sound dogs' (animals, not sample sizes), '53.02%', '14.84% of body weight', PVF/VI."),
        layout={"columns": 2, "font": "serif", "journal": "BMC Veterinary Research 2013, 9:131"},
    ),
    RealText(
        id="en_animal_jtm2010_admsc_iv_stroke_rats_treatment_control_day_21", lang="en", kind="animal", batch=17,
        title="[[Adipose-derived mesenchymal stem cells|c:ad]] markedly attenuate brain infarct size and improve "
              "neurological function in rats",
        authors="Steve Leu, Yu-Chun Lin, Chun-Man Yuen, Chia-Hung Yen, Ying-Hsien Kao, Cheuk-Kwan Sun, Hon-Kan Yip",
        journal="Journal of Translational Medicine 8:63", year=2010, doi="10.1186/1479-5876-8-63",
        url="https://doaj.org/article/705cf5f81bf240929b806866c11c202d",
        licence="CC BY 2.0 (BMC, all articles)",
        species="rat",
        abstract=(
            "**Background** The therapeutic effect of [[adipose-derived mesenchymal stem cells|c:ad]] "
            "([[ADMSCs|c:ad]]) on brain infarction area (BIA) and neurological status in a rat model of acute "
            "ischemic stroke (IS) was investigated."),
        body=[
            "**Methods** Adult male Sprague-Dawley (SD) rats (n = 30) were divided into IS plus intra-venous 1 mL "
            "saline (at 0, 12 and 24 h after IS induction) (control group) and IS plus "
            "[[intra-venous|r:iv#treatment group]] [[ADMSCs|c:ad#treatment group]] "
            "([[2.0 × 10^{6}|d:2e6,cells,-#treatment group]]) (treated interval as controls) (treatment group) after "
            "occlusion of distal left internal carotid artery. The rats were sacrificed and brain tissues were "
            "harvested on day 21 after the procedure.",
        ],
        notes=("Rat study of intravenous adipose-derived MSCs after occlusion of the internal carotid artery, against "
               "saline (species rat): title, Background and Methods of the abstract from the stored DOAJ record, cut "
               "before the Results, which the record prints broken ('(p Conclusions ...'); the record prints '(2.0 × "
               "106)' (superscript flattened), written 2.0 × 10^{6}; author order as in the article (the DOAJ record "
               "lists the same names in reverse). Cells: 'adipose-derived mesenchymal stem cells', 'ADMSCs' -> "
               "adipose_msc, per mention. Arms: the two groups are named in brackets after what they received "
               "('(control group)', '(treatment group)'): the route, cells and dose of the second clause are the "
               "'treatment group''s. Route: 'intra-venous ADMSCs' -> intravenous; 'intra-venous 1 mL saline' (the "
               "vehicle given to the controls, no therapy or protocol drug) is left unmarked, and '1 mL saline' is no "
               "dose (doubtful both). Dose: '(2.0 × 10^6)' -> 2e6 cells, per null. No sessions: 'at 0, 12 and 24 h "
               "after IS induction' and '(treated interval as controls)' give a schedule of three injections without "
               "a stated count (the count inferred: no fact). No follow-up: 'on day 21 after the procedure' is counted "
               "from the occlusion (the model), not from the cells (doubtful: the first injection was at 0 h, so it is "
               "also 21 days after treatment began). Traps: 'rats (n = 30)' (animals, not a sample size), '12 and 24 "
               "h', 'distal left internal carotid artery' (the occluded vessel, not a route)."),
        layout={"columns": 2, "font": "serif", "journal": "Journal of Translational Medicine 2010, 8:63"},
    ),
    # English texts, seventeenth batch
    RealText(
        id="en_clinical_jtm2013_adsc_svf_three_endobronchial_ipf_14_patients", lang="en", kind="clinical", batch=18,
        title="A prospective, non-randomized, no placebo-controlled, phase Ib clinical trial to study the safety of the "
              "[[adipose derived stromal cells|c:ad]]-stromal vascular fraction in idiopathic pulmonary fibrosis",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Journal of Translational Medicine 11:171", year=2013, doi="10.1186/1479-5876-11-171",
        url="https://translational-medicine.biomedcentral.com/articles/10.1186/1479-5876-11-171",
        licence="CC BY 4.0 (BMC, all articles)",
        abstract=(
            "**Introduction** Regenerative medicine and particular adult stem cells represent an alternative option "
            "with several fruitful therapeutic applications in patients suffering from chronic lung diseases including "
            "idiopathic pulmonary fibrosis (IPF). Nevertheless, lack of knowledge regarding the origin and the potential "
            "of [[mesenchymal stem cells|c:msc]] ([[MSCs|c:msc]]) to differentiate into fibroblasts has limited their "
            "use for the treatment of this dismal disease."),
        body=[
            "**Patients and methods** To this end, we conducted a phase Ib, non-randomized, clinical trial to study the "
            "safety of [[three endobronchial infusions|s:3]] of autologous [[adipose derived stromal cells|c:ad]] "
            "([[ADSCs|c:ad]])-stromal vascular fraction (SVF) ([[0.5 million cells per kgr of body weight|d:5e5,cells/kg,-]] "
            "per infusion) in patients with IPF ([[n=14|n:14]]) of mild to moderate disease severity (forced vital "
            "capacity –FVC>50% predicted value and diffusion lung capacity for carbon monoxide-DLCO>35% of predicted "
            "value). Our primary end-point was incidence of treatment emergent adverse events within 12 months. "
            "Alterations of functional, exercise capacity and quality of life parameters at serial time points "
            "(baseline, 6 and [[12 months|f:12,month]] after first infusion) were exploratory secondary end-points.",
            "**Results** No cases of serious or clinically meaningful adverse events including short-term infusional "
            "toxicities as well as long-term ectopic tissue formation were recorded in all patients. Detailed safety "
            "monitoring through several time-points indicated that cell-treated patients did not deteriorate in both "
            "functional parameters and indicators of quality of life.",
            "**Conclusions** The clinical trial met its primary objective demonstrating an acceptable safety profile of "
            "endobronchially administered autologous [[ADSCs|c:ad]]-SVF.",
        ],
        notes=("Open single-arm phase Ib trial of three endobronchial infusions of autologous adipose-derived stromal "
               "cells / stromal vascular fraction in idiopathic pulmonary fibrosis (clinical, no species): title and "
               "abstract from the journal's stored article page, without the second Conclusions sentence (the copy "
               "breaks off inside it; cut at a sentence end). Cells: 'mesenchymal stem cells (MSCs)' (Introduction) -> "
               "msc, two mentions; 'adipose derived stromal cells', 'ADSCs' -> adipose_msc per mention, also where "
               "joined to SVF ('ADSCs-SVF'); 'stromal vascular fraction (SVF)' / 'SVF' unmarked (no contract id, as in "
               "the corpus's other SVF texts). Doubtful: the product is an uncultured SVF that the authors name "
               "'adipose derived stromal cells'; the names on the page are marked as printed. 'adult stem cells' "
               "is generic. Sessions: 'three endobronchial infusions' -> 3. Dose: '0.5 million cells per kgr of body "
               "weight per infusion' -> 5e5 cells/kg, per null (a /kg unit keeps per null). No route (endobronchial "
               "has no contract id). Sample size: 'n=14'. Follow-up: the serial time points 'baseline, 6 and 12 months "
               "after first infusion' -> one fact, the last (12 months). Traps: 'within 12 months' (the window of the "
               "primary safety end-point, not a follow-up), 'FVC>50%', 'DLCO>35%' (inclusion thresholds), "
               "'several time-points', 'all patients'."),
        layout={"columns": 2, "font": "serif", "journal": "Journal of Translational Medicine 2013, 11:171"},
    ),
    RealText(
        id="en_clinical_biomatres2016_ucmsc_evs_two_doses_ckd_40_patients", lang="en", kind="clinical", batch=18,
        title="[[Umbilical cord mesenchymal stem cells|c:uc]] derived [[extracellular vesicles|c:ev]] can safely "
              "ameliorate the progression of chronic kidney diseases",
        authors="W. Nassar, M. El-Ansary, D. Sabry, M. A. Mostafa, T. Fayad, E. Kotb, M. Temraz, A.-N. Saad, W. Essa, "
                "H. Adel",
        journal="Biomaterials Research 20:21", year=2016, doi="10.1186/s40824-016-0068-0",
        url="https://biomaterialsres.biomedcentral.com/articles/10.1186/s40824-016-0068-0",
        licence="CC BY 4.0 (BMC, all articles)",
        abstract=(
            "**Background** Bio-products from stem/progenitor cells, such as [[extracellular vesicles|c:ev]], are likely "
            "a new promising approach for reprogramming resident cells in both acute and chronic kidney disease. "
            "[[Forty CKD patients|n:40]] stage III and IV (eGFR 15–60 mg/ml) have been divided into two groups; "
            "[[twenty patients|n:20#treatment group “A”]] as treatment group “A” and "
            "[[twenty patients|n:20#placebo group “B”]] as a matching placebo group “B”. "
            "[[Two doses|s:2#treatment group “A”]] of [[MSC|c:msc#treatment group “A”]]-derived "
            "[[extracellular vesicles|c:ev#treatment group “A”]] had been administered to patients of group “A”. Blood "
            "urea, serum creatinine, urinary albumin creatinine ratio (UACR) and estimated glomerular filtration rate "
            "(eGFR) have been used to assess kidney functions and TNF-α, TGF-β1 and IL-10 have been used to assess the "
            "amelioration of the inflammatory immune activity."),
        body=[
            "**Results** Participants in group A exhibited significant improvement of eGFR, serum creatinine level, "
            "blood urea and UACR. Patients of the treatment group “A” also exhibited significant increase in plasma "
            "levels of TGF-β1, and IL-10 and significant decrease in plasma levels of TNF-α. Participants of the control "
            "group B did not show significant improvement in any of the previously mentioned parameters at any time "
            "point of the study period.",
            "**Conclusion** Administration of cell-free [[cord-blood mesenchymal stem cells|c:msc]] derived "
            "[[extracellular vesicles|c:ev]] (CF-[[CB-MSCs|c:msc]]-[[EVs|c:ev]]) is safe and can ameliorate the "
            "inflammatory immune reaction and improve the overall kidney function in grade III-IV CKD patients.",
        ],
        notes=("Randomised placebo-controlled study of two doses of umbilical cord (cord-blood) MSC-derived "
               "extracellular vesicles in stage III-IV chronic kidney disease (clinical, no species): title and the "
               "whole abstract from the journal's stored article page (authors from a stored university publication "
               "list citing the article). The copy prints 'TNF-α', 'TGF-β1'; kept (the PDF's Latin font draws α and β as a and b, same length). Cells: 'Umbilical cord mesenchymal "
               "stem cells' (title) -> umbilical_cord_msc; 'cord-blood mesenchymal stem cells', 'CB-MSCs' "
               "(Conclusion) -> msc (cord-blood MSCs have no id of their own; doubtful: the title calls the same cells "
               "umbilical cord MSCs); 'MSC-derived extracellular vesicles' -> two mentions (msc, "
               "extracellular_vesicle); 'extracellular vesicles', 'EVs' -> extracellular_vesicle per mention; the "
               "abbreviation 'CF-CB-MSCs-EVs' is marked as its two names (CB-MSCs, EVs; doubtful). Arms: 'twenty "
               "patients as treatment group “A”' and 'twenty patients as a matching placebo group “B”' -> each count "
               "labelled by its group as first printed; 'Two doses of MSC-derived extracellular vesicles had been "
               "administered to patients of group “A”' -> the sessions and cells labelled 'treatment group “A”' (the "
               "same arm, first named with its head word). Sessions: 'Two doses' -> 2 (a count of administrations). "
               "Sample size: 'Forty CKD patients' (whole study). No dose value, route, hormone or follow-up. Traps: "
               "'eGFR 15–60 mg/ml' (an inclusion range), 'stage III and IV', 'two groups', 'at any time point of the "
               "study period' (no length), TNF-α, TGF-β1, IL-10 changes (not contract hormones)."),
        layout={"columns": 1, "font": "sans", "journal": "Biomaterials Research (2016) 20:21"},
    ),
    RealText(
        id="en_animal_scrt2022_mbmsc_iv_ip_eae_mice_four_stages", lang="en", kind="animal", batch=18,
        title="[[Menstrual blood-derived mesenchymal stromal cells|c:men]] efficiently ameliorate experimental "
              "autoimmune encephalomyelitis by inhibiting T cell activation in mice",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Stem Cell Research & Therapy 13", year=2022, doi="10.1186/s13287-022-02838-8",
        url="https://stemcellres.biomedcentral.com/articles/10.1186/s13287-022-02838-8",
        licence="CC BY 4.0 (BMC, all articles)",
        species="mouse",
        abstract=(
            "**Background** Immunosuppressive properties grant [[mesenchymal stromal cells|c:msc@human]] "
            "([[MSCs|c:msc@human]]) promising potential for treating autoimmune diseases. As autologous "
            "[[MSCs|c:msc@human]] suffer from limited availability, the readily available allogeneic "
            "[[MSCs isolated from menstrual blood|c:men@human]] ([[MB-MSCs|c:men@human]]) donated by young, healthy "
            "individuals offer great potential. Here, we evaluate the therapeutic potential of [[MB-MSCs|c:men]] as "
            "ready-to-use [[allo-MSCs|c:msc]] in multiple sclerosis, an autoimmune disease developed by the activation "
            "of myelin sheath-reactive Th1 and Th17 cells, by application in its animal model experimental autoimmune "
            "encephalomyelitis (EAE)."),
        body=[
            "**Methods** We assessed the therapeutic effect of [[MB-MSCs|c:men]] transplanted via either "
            "[[intravenous (i.v.)|r:iv]] or [[intraperitoneal (i.p.)|r:ip]] route in EAE in comparison with "
            "[[umbilical cord-derived MSCs|c:uc]] ([[UC-MSCs|c:uc]]). We used histology to assess myelin sheath "
            "integrity and infiltrated immune cells in CNS and flow cytometry to evaluate EAE-associated inflammatory T "
            "cells and antigen-presenting cells in lymphoid organs.",
            "**Results** We observed disease-ameliorating effects of [[MB-MSCs|c:men]] when transplanted at various "
            "stages of EAE (day − 1, 6, 10, and 19), via either [[i.v.|r:iv]] or [[i.p.|r:ip]] route, with a potency "
            "comparable to [[UC-MSCs|c:uc]]. We observed reduced Th1 and Th17 cell responses in mice that had received "
            "[[MB-MSCs|c:men]] via either [[i.v.|r:iv]] or [[i.p. injection|r:ip]]. The repressed Th1 and Th17 cell "
            "responses were associated with a reduced frequency of plasmacytoid dendritic cells (pDCs) and a "
            "suppressed co-stimulatory capacity of pDCs, cDCs, and B cells.",
            "**Conclusions** Our data demonstrate that the readily available [[MB-MSCs|c:men]] significantly reduced "
            "the disease severity of EAE upon transplantation. Thus, they have the potential to be developed as "
            "ready-to-use [[allo-MSCs|c:msc@human]] in MS-related inflammation.",
        ],
        notes=("Mouse study of menstrual blood-derived MSCs given intravenously or intraperitoneally at several stages "
               "of experimental autoimmune encephalomyelitis, compared with umbilical cord MSCs (species mouse): title "
               "and the whole abstract from the journal's stored article page. Species: the first two Background "
               "sentences (the cells' promise for autoimmune disease, donors) and the last Conclusions sentence "
               "(clinical promise in MS) are general statements: no species (@human); the study's own sentences carry "
               "mouse. Cells: 'mesenchymal stromal cells (MSCs)', 'MSCs', 'allo-MSCs' -> msc; 'Menstrual "
               "blood-derived mesenchymal stromal cells', 'MSCs isolated from menstrual blood', 'MB-MSCs' -> "
               "menstrual_blood_msc; 'umbilical cord-derived MSCs (UC-MSCs)', 'UC-MSCs' -> umbilical_cord_msc; per "
               "mention. Routes: 'intravenous (i.v.)' and 'intraperitoneal (i.p.)' (each a phrase with its bracketed "
               "restatement: one fact), 'i.v.', 'i.p.', 'i.p. injection' -> intravenous / intraperitoneal. No arms: the "
               "routes and stages are compared, no group is named. No sessions: 'at various stages of EAE (day − 1, 6, "
               "10, and 19)' are the days of transplantation counted from the model (whether each group had one "
               "transplant is not said), not a count and not follow-up. No dose, sample size or follow-up. Traps: "
               "'Th1 and Th17', 'pDCs, cDCs, and B cells', 'young, healthy individuals' (donors); the minus of 'day − 1' (U+2212) is drawn as a "
               "hyphen by the PDF font."),
        layout={"columns": 2, "font": "sans", "journal": "Stem Cell Research & Therapy (2022) 13"},
    ),
    RealText(
        id="en_animal_sci2015_bmmsc_iv_eae_mice_onset_peak_stabilization_fig2", lang="en", kind="animal", batch=18,
        title="[[Intravenous Administration|r:iv]] of [[Bone Marrow-Derived Mesenchymal Stem Cells|c:bm]] Induces a Switch "
              "from Classical to Atypical Symptoms in Experimental Autoimmune Encephalomyelitis",
        authors="(not shown in the stored copy, a figure page of the article)",
        journal="Stem Cells International 2015:140170", year=2015, doi="10.1155/2015/140170",
        url="https://www.hindawi.com/journals/sci/2015/140170/fig2/",
        licence="CC BY 4.0 (Hindawi, all articles)",
        species="mouse",
        abstract=(
            "**Figure 2** Experimental autoimmune encephalomyelitis model (EAE). (a) EAE induction. C57BL/6 mice were "
            "[[subcutaneously|r:sc]] injected with [[50 μg|d:50,ug,-]] of MOG35–55, emulsified with CFA and "
            "Mycobacterium tuberculosis (4 mg/mL). 2 and 48 hrs later, mice were [[intraperitoneally|r:ip]] injected "
            "with Pertussis toxin (350 ng/mL). [[MSCs|c:msc]] ([[1 × 10^{6}|d:1e6,cells,-]]) were "
            "[[intravenously|r:iv]] administrated either at the onset (), at peak of the disease (), or at the time "
            "of EAE stabilization (). After EAE induction, animal groups were evaluated daily for both clinical score "
            "and animal weight for a total of 50 days. (b-c) Representative photographs of EAE mice manifesting the "
            "distinctive classical (b) and atypical (c) signs of the disease and their respective clinical scores are "
            "shown."),
        notes=("Mouse study of intravenous bone marrow MSCs given at three stages of experimental autoimmune "
               "encephalomyelitis (species mouse): the article title and the legend of its Figure 2 from the journal's "
               "stored figure page (the empty brackets '()' stand where the page had symbols that the copy lost; kept "
               "as printed). Hindawi publishes every article under CC BY 4.0. The copy prints '1 × 106' (superscript "
               "flattened), written 1 × 10^{6}. Cells: 'Bone Marrow-Derived Mesenchymal Stem Cells' (title) -> "
               "bone_marrow_msc; 'MSCs' -> msc. The title's 'Intravenous Administration' (of the cells) -> "
               "intravenous, with the paper's species. Model drugs (guide: the drugs that induce an animal model count, with the species): 'subcutaneously injected "
               "with 50 μg of MOG35–55' -> route subcutaneous and dose 50 µg (per null); 'intraperitoneally injected "
               "with Pertussis toxin (350 ng/mL)' -> route intraperitoneal, the 350 ng/mL a concentration (no dose; ng "
               "no contract unit either). '2 and 48 hrs later' (two toxin injections inferred from two times, not a "
               "stated count: no sessions; doubtful). Cells: 'MSCs (1 × 10^6) were intravenously administrated' -> dose "
               "1e6 cells (per null), route intravenous. No sessions for the cells (given at one of three stages; no "
               "count), no arms (the three stages are not named groups). No follow-up: 'for a total of 50 days' counts "
               "from EAE induction (a time counted from the model, guide), not from the cells. Traps: '4 mg/mL' "
               "(concentration of the adjuvant), 'C57BL/6 mice', '(b-c)' panels."),
        layout={"columns": 1, "font": "serif", "journal": "Stem Cells International, vol. 2015, Article ID 140170"},
    ),
    RealText(
        id="en_clinical_bmcmed2015_wjmsc_intracoronary_ami_116_patients_18_months", lang="en", kind="clinical",
        batch=18,
        title="Intracoronary infusion of [[Wharton’s jelly-derived mesenchymal stem cells|c:uc]] in acute myocardial "
              "infarction: double-blind, randomized controlled trial",
        authors="Lian R Gao, Yu Chen, Ning K Zhang, Xi L Yang, Hui L Liu, Zhi G Wang, Xiao Y Yan, Yu Wang, Zhi M Zhu, "
                "Tian C Li, Li H Wang, Hai Y Chen, Yun D Chen, Chao L Huang, Peng Qu, Chen Yao, Bin Wang, Guang H Chen, "
                "Zhong M Wang, Zhao Y Xu, Jing Bai, Di Lu, Yan H Shen, Feng Guo, Mu Y Liu, Yong Yang, Yan C Ding, Ye "
                "Yang, Hai T Tian, Qing A Ding, Li N Li, Xin C Yang, Xiang Hu",
        journal="BMC Medicine 13:162", year=2015, doi="10.1186/s12916-015-0399-z",
        url="https://bmcmedicine.biomedcentral.com/articles/10.1186/s12916-015-0399-z",
        licence="CC BY 4.0 (BMC, all articles)",
        abstract=(
            "**Background** The use of adult stem cells is limited by the quality and quantity of host stem cells. It "
            "has been demonstrated that [[Wharton’s jelly–derived mesenchymal stem cells|c:uc]] ([[WJMSCs|c:uc]]), a "
            "primitive stromal population, could integrate into ischemic cardiac tissues and significantly improve "
            "heart function. In this randomized, controlled trial, our aim was to assess the safety and efficacy of "
            "intracoronary [[WJMSCs|c:uc]] in patients with ST-elevation acute myocardial infarction (AMI)."),
        body=[
            "**Methods** In a multicenter trial, [[116 patients|n:116]] with acute ST-elevation MI were randomly "
            "assigned to receive an intracoronary infusion of [[WJMSCs|c:uc]] or placebo into the infarct artery at five "
            "to seven days after successful reperfusion therapy. The primary endpoint of safety: the incidence of "
            "adverse events (AEs) within 18 months, was monitored and quantified. The endpoint of efficacy: the absolute "
            "changes in myocardial viability and perfusion of the infarcted region from baseline to "
            "[[four months|f:4,month]], global left ventricular ejection fraction (LVEF) from baseline to "
            "[[18 months|f:18,month]] were measured using F-18-fluorodeoxyglucose positron emission computed tomography "
            "(F-18-FDG-PET) and 99mTc-sestamibi single-photon emission computed tomography (99mTc-SPECT), and "
            "two-dimensional echocardiography, respectively.",
            "**Results** During [[18 months follow-up|f:18,month]], AEs rates and laboratory tests including tumor, "
            "immune, and hematologic indexes were not different between the two groups. The absolute increase in the "
            "myocardial viability (PET) and perfusion within the infarcted territory (SPECT) was significantly greater "
            "in the [[WJMSC|c:uc]] group [6.9 ± 0.6 % (95 %CI, 5.7 to 8.2)] and [7.1 ± 0.8 % (95 %CI, 5.4 to 8.8) "
            "than in the placebo group [3.3 ± 0.7 % (95 %CI, 1.8 to 4.7), P <0.0001] and 3.9 ± 0.6(95 %CI, 2.8 to "
            "5.0), P = 0.002] at [[four months|f:4,month]].",
        ],
        notes=("Multicentre double-blind randomised placebo-controlled trial of one intracoronary infusion of Wharton's "
               "jelly MSCs after ST-elevation myocardial infarction (clinical, no species): title and abstract from the "
               "journal's stored article page (authors from a stored copy of the article's record), cut at a sentence "
               "end before the copy breaks off in the third Results sentence; the brackets of the second Results "
               "sentence are unbalanced in the source and kept. Cells: 'Wharton’s jelly-derived mesenchymal stem "
               "cells', 'WJMSCs', 'WJMSC' -> umbilical_cord_msc, per mention; 'adult stem cells', 'host stem cells' "
               "generic. No route (intracoronary, 'into the infarct artery': no contract id), no dose, no sessions "
               "('an intracoronary infusion' is not a count: no 'single'/'one'; doubtful). Sample size: '116 "
               "patients' (randomised; the arms have no stated counts in the abstract). Follow-up: 'from baseline to "
               "four months' and 'from baseline to 18 months' (the times the efficacy end-points were measured after "
               "the infusion) -> 4 and 18 months; 'During 18 months follow-up' -> 18 months; 'at four months' (the "
               "time of the compared results) -> 4 months. No arm: the second Results sentence compares the WJMSC "
               "group with the placebo group (a comparison between groups: no arm for its facts), and the first speaks "
               "of both groups. Traps: 'within 18 months' (the window of the safety end-point, not a follow-up), 'at "
               "five to seven days after successful reperfusion therapy' (the time of the infusion, counted from "
               "reperfusion), '6.9 ± 0.6 %', '95 %CI', 'P <0.0001', '99mTc', 'F-18'."),
        layout={"columns": 2, "font": "serif", "journal": "BMC Medicine (2015) 13:162"},
    ),
    RealText(
        id="en_animal_vetworld2019_multidose_im_asc_weekly_six_weeks_atopic_dogs", lang="en", kind="animal", batch=18,
        title="[[Multidose|s:-]] intramuscular allogeneic [[adipose stem cells|c:ad]] decrease the severity of canine "
              "atopic dermatitis: A pilot study",
        authors="Nathaly Enciso, José Amiel, John Pando, Javier Enciso",
        journal="Veterinary World 12(11):1747-1754", year=2019, doi="10.14202/vetworld.2019.1747-1754",
        url="https://distantreader.org/stacks/cord/cord-0927459-iejvdmiq.txt",
        licence="CC BY 4.0 (Veterinary World, all articles)",
        species="animal",
        abstract=(
            "**AIM:** The aim of this pilot study was to evaluate the therapeutic and safety performance of an "
            "intramuscular treatment protocol of [[multidose|s:-]] of allogeneic [[adipose stem cells|c:ad]] "
            "([[ASCs|c:ad]]) isolated, characterized, and expanded ex vivo from a healthy canine donor."),
        body=[
            "**MATERIALS AND METHODS:** Twelve dogs diagnosed with canine atopic dermatitis (CAD) were intramuscularly "
            "treated with [[0.5×10(6)|d:5e5,cells,-]] of cryopreserved [[ASCs|c:ad]] from a healthy immunized young "
            "canine Ehrlichia canis free donor weekly for 6 weeks. Treatment efficacy was evaluated by the pruritus "
            "index and the CAD Lesion Index (CADLI) test. Safety and adverse effects were determined by injection site "
            "reaction, weight, blood chemistry, liver function, and whole blood count.",
            "**RESULTS:** Canine [[ASCs|c:ad]] obtained from a donor met the minimum qualities required for this type "
            "of cells and showed viability of 90% after thawing. The efficacy of the CADLI score and the pruritus index "
            "in 12 dogs with atopic dermatitis was statistically significant efficacy. No adverse reactions were "
            "observed at the intramuscular application site, or in relation to animal weight, blood cell populations, "
            "or liver and renal function.",
            "**CONCLUSION:** These results suggest that intramuscular administration of cryopreserved [[ASCs|c:ad]] to "
            "dogs with atopic dermatitis is a promising cellular therapeutic product for the relief of the symptoms of "
            "this disease; however, the duration of the effects obtained with this dose and with other doses should be "
            "evaluated, as well as possible immune reactions.",
        ],
        notes=("Pilot study of weekly intramuscular allogeneic adipose stem cells in dogs with atopic dermatitis "
               "(animal; dogs are a named species other than mouse or rat: species 'animal' for every fact): title and "
               "abstract from a stored text copy of the article record (a CORD-19 stack page), without the last "
               "Conclusion sentence (the copy breaks off inside it; cut at a sentence end). Veterinary World licenses "
               "every article CC BY 4.0 (its FAQ page, as recorded for the corpus's other Veterinary World text). "
               "Cells: 'adipose stem cells', 'ASCs', 'Canine ASCs' -> adipose_msc per mention. Sessions: 'Multidose' "
               "(title) and 'multidose' (Aim) -> count null (repeated doses, no count; doubtful: an adjective); 'weekly "
               "for 6 weeks' is a frequency with a duration (the six doses are inferred, not stated: no count). Dose: "
               "'0.5×10(6) of cryopreserved ASCs' (the PubMed way of writing 0.5×10^6) -> 5e5 cells, per null. No route "
               "(intramuscular has no contract id), no sample size (dogs are animals), no follow-up (no time after the "
               "treatment is stated). Traps: 'Twelve dogs', '12 dogs' (animals), 'viability of 90%', 'this dose and "
               "with other doses' (no value)."),
        layout={"columns": 1, "font": "sans", "journal": "Veterinary World 2019, 12(11):1747-1754"},
    ),
    RealText(
        id="en_clinical_sci2021_bmmsc_intraarterial_msa_three_dose_levels_nine_patients", lang="en", kind="clinical",
        batch=18,
        title="Phase I Trial of Intra-arterial Administration of Autologous [[Bone Marrow-Derived Mesenchymal Stem "
              "Cells|c:bm]] in Patients with Multiple System Atrophy",
        authors="Seok Jong Chung, Tae Yong Lee, Yang Hyun Lee, KyoungWon Baik, Jin Ho Jung, Han Soo Yoo, Chang Jae Shim, "
                "Hyojin Eom, Ji-Yeon Hong, Dong Joon Kim, Young H. Sohn, Phil Hyu Lee",
        journal="Stem Cells International 2021:9886877", year=2021, doi="10.1155/2021/9886877",
        url="https://www.hindawi.com/journals/sci/2021/9886877/fig1/",
        licence="CC BY 4.0 (Hindawi, all articles)",
        abstract=(
            "**BACKGROUND:** This study is aimed at investigating the safety and tolerability of the intra-arterial "
            "administration of autologous [[bone marrow-derived mesenchymal stem cells|c:bm]] ([[BM-MSCs|c:bm]]) in "
            "patients with multiple system atrophy- (MSA-) cerebellar type (MSA-C)."),
        body=[
            "**METHODS:** This was a single-center, open-label phase I clinical trial in patients with MSA-C. A "
            "three-stage dose escalation scheme (low-dose, [[3.0 × 10(5) cells/kg|d:3e5,cells/kg,-#low-dose]]; "
            "medium-dose, [[6.0 × 10(5) cells/kg|d:6e5,cells/kg,-#medium-dose]]; high-dose, "
            "[[9.0 × 10(5) cells/kg|d:9e5,cells/kg,-#high-dose]]) was applied to determine the maximum tolerated dose "
            "of intra-arterial administration of [[BM-MSCs|c:bm]] based on the no-observed-adverse-effect level derived "
            "from the toxicity study. The occurrence of adverse events was evaluated 1 day before and 1, 14, and "
            "[[28 days|f:28,day]] after [[BM-MSC|c:bm]] therapy. Additionally, we assessed changes in the Unified MSA "
            "Rating Scale (UMSARS) score [[3 months|f:3,month]] after [[BM-MSC|c:bm]] treatment.",
            "**Figure 1** Study flow diagram. (a) [[Nine patients|n:9]] with multiple system atrophy-cerebellar type "
            "were enrolled in the present study. A three-stage dose escalation scheme was applied to determine the "
            "maximum tolerated dose of [[BM-MSCs|c:bm]]. (b) According to the protocols of the clinical trial, patients "
            "visited the clinic seven times (V1–V7) to assess the safety and tolerability of intra-arterial "
            "administration of [[BM-MSCs|c:bm]]. To explore the clinical efficacy, additional clinic visits were made "
            "[[3 months|f:3,month]] after the intra-arterial administration (V8). Abbreviations: UMSARS: Unified "
            "Multiple System Atrophy Rating Scale; BME: bone marrow extraction; MSC: mesenchymal stem cell; BM-MSC: "
            "bone marrow-derived mesenchymal stem cell.",
        ],
        notes=("Open-label phase I dose-escalation trial of one intra-arterial administration of autologous bone marrow "
               "MSCs in multiple system atrophy (clinical, no species): title from the journal's stored figure page; "
               "the Background and Methods of the abstract from a stored library record of the article (its copy of "
               "the PubMed Central abstract, cut at a sentence end before the record breaks off in the Results, "
               "writing '3.0 × 10(5)' for 3.0 × 10^5); the legend of Figure 1 from the journal's stored figure page. "
               "Hindawi publishes every article under CC BY 4.0. Cells: 'bone marrow-derived mesenchymal stem cells', "
               "'BM-MSCs', 'BM-MSC' -> bone_marrow_msc, per mention; the Abbreviations list of the legend (a glossary, "
               "like keywords) is left unmarked. Arms: 'low-dose, 3.0 × 10(5) cells/kg; medium-dose, ...; high-dose, "
               "...' gives each dose its name one to one -> arms 'low-dose', 'medium-dose', 'high-dose' (labels as "
               "printed). Doses: 3e5, 6e5, 9e5 cells/kg, per null. No route (intra-arterial has no contract id). "
               "Follow-up: '1 day before and 1, 14, and 28 days after BM-MSC therapy' (a list of assessment times) -> "
               "one fact, the last (28 days); 'UMSARS score 3 months after BM-MSC treatment' and 'clinic visits ... 3 "
               "months after the intra-arterial administration (V8)' -> 3 months each. Sample size: 'Nine patients'. "
               "No sessions (one administration, but no count word is printed). Traps: 'three-stage' (three dose "
               "levels, not sessions), 'visited the clinic seven times (V1–V7)' (visits, not administrations), '1 day "
               "before' (before the cells), 'maximum tolerated dose' (no value), 'no-observed-adverse-effect level'."),
        layout={"columns": 2, "font": "sans", "journal": "Stem Cells International, vol. 2021, Article ID 9886877"},
    ),
    RealText(
        id="en_animal_plosone2017_pasc_intramyocardial_three_doses_mi_pigs", lang="en", kind="animal", batch=18,
        title="Allogeneic [[pASC|c:ad]] transplantation in humanized pigs attenuates cardiac remodeling "
              "post-myocardial infarction",
        authors="Rafael Dariolli, Marcus V Naghetini, Euclydes F Marques, Celso K Takimura, Leonardo S Jensen, Bianca "
                "Kiers, Jeane M Tsutsui, Wilson Mathias Jr, Pedro A Lemos Neto, Jose E Krieger",
        journal="PLoS ONE 12(4):e0176412", year=2017, doi="10.1371/journal.pone.0176412",
        url="https://dx.plos.org/10.1371/journal.pone.0176412",
        licence="CC BY 4.0 (PLOS, all articles)",
        species="animal",
        abstract=(
            "Cell therapy repair strategies using adult [[mesenchymal stromal cells|c:msc]] have shown promising "
            "evidence to prevent cardiac deterioration in rodents even in the absence of robust differentiation of the "
            "cells into cardiomyocytes. We tested whether increasing doses of porcine [[adipose-tissue derived "
            "mesenchymal stem cells|c:ad]] ([[pASCs|c:ad]]) increase cardiac tissue perfusion in pigs post-myocardial "
            "infarction (MI) receiving angiotensin-converting-enzyme inhibitor (ACE inhibitors) and Beta-blockers "
            "similarly to patients. Female pigs were subjected to MI induction by sponge permanent occlusion of left "
            "circumflex coronary artery (LCx) generating approximately 10% of injured LV area with minimum hemodynamic "
            "impact. We assessed tissue perfusion by real time myocardial perfusion echocardiography (RTMPE) using "
            "commercial microbubbles before and following [[pASCs|c:ad]] treatment. Four weeks after the occlusion of "
            "the left circumflex artery, we transplanted placebo or [[pASCs|c:ad]] ([[1|d:1e6,cells/kg,-]], "
            "[[2|d:2e6,cells/kg,-]] and [[4x10^{6} cells/Kg|d:4e6,cells/kg,-]] BW) into the myocardium. The highest "
            "dose of [[pASCs|c:ad]] increased myocardial vessel number and blood flow in the border (56% and 3.7-fold, "
            "respectively) and in the remote area (54% and 3.9-fold, respectively) while the non-perfused scar area "
            "decreased (up to 38%). We also found an increase of immature collagen fibers, although the increase in "
            "total tissue collagen and types I and III was similar in all groups. Our results provide evidence that "
            "[[pASCs|c:ad]]-induced stimulation of tissue perfusion and accumulation of immature collagen fibers "
            "attenuates adverse remodeling post-MI beyond the normal beneficial effects associated with ACE inhibition "
            "and beta-blockade."),
        notes=("Pig study of one intramyocardial transplantation of allogeneic porcine adipose-derived MSCs at three "
               "doses after myocardial infarction (animal; pigs are a named species other than mouse or rat: species "
               "'animal' for every fact, also the first sentence's rodents, which are not named as mice or rats): "
               "title and the whole abstract from the journal's stored article page (PLOS publishes every article "
               "under CC BY 4.0). The copy prints '4x106 cells/Kg' (superscript flattened), written 4x10^{6}. Cells: "
               "'mesenchymal stromal cells' -> msc; 'pASC', 'porcine adipose-tissue derived mesenchymal stem cells', "
               "'pASCs' (also in 'pASCs-induced') -> adipose_msc, per mention. Doses: '(1, 2 and 4x10^6 cells/Kg BW)' "
               "-> one fact per number (1e6, 2e6, 4e6 cells/kg, per null); no arms (the three doses are told apart by "
               "value with neither counts nor 'respectively'). No route (intramyocardial has no contract id), no "
               "sessions, no follow-up ('Four weeks after the occlusion' is the time of the transplant counted from the "
               "infarction, a model). Traps: 'approximately 10% of injured LV area', '56% and 3.7-fold, respectively' "
               "(the respectively of outcomes, not arms), 'up to 38%', 'types I and III', ACE inhibitors and "
               "beta-blockers (drugs given besides the cells, no dose)."),
        layout={"columns": 1, "font": "serif", "journal": "PLOS ONE | https://doi.org/10.1371/journal.pone.0176412"},
    ),
    RealText(
        id="en_clinical_scrt2020_ucmsc_infusion_copd_20_patients_six_months", lang="en", kind="clinical", batch=18,
        title="Allogeneic [[umbilical cord-derived mesenchymal stem cell|c:uc]] transplantation for treating chronic "
              "obstructive pulmonary disease: a pilot clinical study",
        authors="Phuong Le Thi Bich, Ha Nguyen Thi, Hoang Dang Ngo Chau, Tien Phan Van, Quyet Do, Hung Dong Khac, Dong Le "
                "Van, Luc Nguyen Huy, Khan Mai Cong, Thang Ta Ba, Trung Do Minh, Ngoc Vu Bich, Nhat Truong Chau, Phuc "
                "Van Pham",
        journal="Stem Cell Research & Therapy 11", year=2020, doi="10.1186/s13287-020-1583-4",
        url="https://stemcellres.biomedcentral.com/articles/10.1186/s13287-020-1583-4",
        licence="CC BY 4.0 (BMC, all articles)",
        abstract=(
            "**Introduction** Chronic obstructive pulmonary disease (COPD) is the third leading cause of death "
            "worldwide. COPD results from chronic inflammation of the lungs. Current treatments, including physical and "
            "chemical therapies, provide limited results. Stem cells, particularly [[mesenchymal stem cells|c:msc]] "
            "([[MSCs|c:msc]]), are used to treat COPD. Here, we evaluated the safety and efficacy of "
            "[[umbilical cord-derived (UC)-MSCs|c:uc]] for treating COPD."),
        body=[
            "**Methods** [[Twenty patients|n:20]] were enrolled, 9 at stage C and 11 at stage D per the Global "
            "Initiative for Obstructive Lung Disease (GOLD) classification. Patients were infused with "
            "[[10^{6} cells/kg|d:1e6,cells/kg,-]] of expanded allogeneic [[UC-MSCs|c:uc]]. All patients were followed "
            "for [[6 months|f:6,month]] after the first infusion. The treatment end-point included a comprehensive "
            "safety evaluation, pulmonary function testing (PFT), and quality-of-life indicators including "
            "questionnaires, the 6-min walk test (6MWT), and systemic inflammation assessments. All patients completed "
            "the full infusion and [[6-month follow-up|f:6,month]].",
            "**Results** No infusion-related toxicities, deaths, or severe adverse events occurred that were deemed "
            "related to [[UC-MSC|c:uc]] administration. The [[UC-MSC|c:uc]]-transplanted patients showed a "
            "significantly reduced Modified Medical Research Council score, COPD assessment test, and number of "
            "exacerbations. However, the forced expiratory volume in 1 s, C-reactive protein, and 6MWT values were "
            "nonsignificantly reduced after treatment (1, 3, and [[6 months|f:6,month]]) compared with those before the "
            "treatment.",
            "**Conclusion** Systemic [[UC-MSC|c:uc]] administration appears to be safe in patients with "
            "moderate-to-severe COPD, can significantly improve their quality of life, and provides a basis for "
            "subsequent cell therapy investigations.",
            "**Trial registration** ISRCTN, ISRCTN70443938.",
        ],
        notes=("Single-arm pilot study of allogeneic umbilical cord MSC infusion in moderate-to-severe COPD (clinical, no "
               "species): title and abstract from the journal's stored article page (authors from a stored copy of the "
               "article's PDF); the trial registration line is cut after the number (the copy breaks off in the date). "
               "The copies print '106 cells/kg' (superscript flattened), written 10^{6}. Cells: 'mesenchymal stem cells "
               "(MSCs)' -> msc, two mentions; 'umbilical cord-derived (UC)-MSCs', 'UC-MSCs', 'UC-MSC' (also in "
               "'UC-MSC-transplanted') -> umbilical_cord_msc, per mention; 'Stem cells' generic. Dose: '10^6 cells/kg' "
               "-> 1e6 cells/kg, per null. Sample size: 'Twenty patients'. Follow-up: 'followed for 6 months after the "
               "first infusion', '6-month follow-up', and the assessment list '(1, 3, and 6 months)' (one fact, the "
               "last) -> 6 months each. No sessions: 'the first infusion' is an ordinal without a stated count (guide: "
               "an ordinal gives a count only when it implies one; 'first' implies none; doubtful: 'the full "
               "infusion' hints at more than one) and 'Patients were infused' states no number. No route: 'infused', "
               "'Systemic ... administration' do not name the vein (doubtful: 'systemic' could be read as "
               "intravenous; left unmarked). Traps: '9 at stage C and 11 at stage D' (subgroups by disease stage, not "
               "arms or samples), '6-min walk test', 'forced expiratory volume in 1 s', 'third leading cause'."),
        layout={"columns": 2, "font": "serif", "journal": "Stem Cell Research & Therapy (2020) 11"},
    ),
    RealText(
        id="en_clinical_copd2021_bmmc_adsc_coinfusion_four_groups_20_patients_12_months", lang="en",
        kind="clinical", batch=18,
        title="Autologous Infusion of Bone Marrow and [[Mesenchymal Stromal Cells|c:msc]] in Patients with Chronic "
              "Obstructive Pulmonary Disease: Phase I Randomized Clinical Trial",
        authors="Selma Denis Squassoni, Eliseo Joji Sekiya, Elie Fiss, Monica Silveira Lapa, Daniela dos Santos "
                "Cayetano, Flávia Nascimento, Adelson Alves, Nadine Cristina Machado, Bruna Escaramboni, Francislaine "
                "Aparecida dos Reis Lívero, Maria José Malagutti-Ferreira, Murilo Racy Soares, Francisco Winter dos "
                "Santos Figueiredo, Beatriz Kimberly Nath Kramer, Priscila Megda João Job Zago, João Tadeu Ribeiro-Paes",
        journal="International Journal of Chronic Obstructive Pulmonary Disease 16:3561-3574", year=2021,
        doi="10.2147/COPD.S332613",
        url="https://www.dovepress.com/autologous-infusion-of-bone-marrow-and-mesenchymal-stromal-cells-in-pa-peer-reviewed-fulltext-article-COPD",
        licence="CC BY-NC 3.0 (Dove Medical Press, all articles)",
        abstract=(
            "**Background and objectives:** Chronic obstructive pulmonary disease (COPD) is characterized by the "
            "destruction of alveolar walls, chronic inflammation and persistent respiratory symptoms. There is no "
            "curative clinical treatment for COPD. In this context, cell-based therapy is a promising therapeutic "
            "alternative for COPD. Thus, in this open, controlled and randomized Phase I Clinical Trial, we aimed to "
            "assess the safety of the infusion of autologous bone marrow mononuclear cells (BMMC), "
            "[[adipose-derived mesenchymal stromal cells|c:ad]] ([[ADSC|c:ad]]) and, especially, the safety of "
            "concomitant infusion (co-infusion) of BMMC and [[ADSC|c:ad]] as a new therapeutic alternative for COPD. "
            "The rationale for co-infusion of BMMC and [[ADSC|c:ad]] is based on the hypothesis of an additive or "
            "synergistic therapeutic effect resulting from this association."),
        body=[
            "**Methods:** To achieve the proposed objectives, [[twenty patients|n:20]] with moderate-to-severe COPD "
            "were randomly divided into four groups: control group - patients receiving conventional treatment; BMMC "
            "group - patients receiving only BMMC; [[ADSC|c:ad#ADSC group]] group - patients receiving only "
            "[[ADSC|c:ad#ADSC group]], and co-infusion group - patients receiving the concomitant infusion of BMMC and "
            "[[ADSC|c:ad#co-infusion group]]. Patients were assessed for pulmonary function, biochemical profile, and "
            "quality of life over a [[12 months follow-up|f:12,month]].",
            "**Results:** No adverse events were detected immediately after the infusion of BMMC, [[ADSC|c:ad]] or "
            "co-infusion. In the [[12-month follow-up|f:12,month]], no causal relationship was established between "
            "adverse events and cell therapy procedures.",
        ],
        notes=("Open randomised phase I trial of autologous bone marrow mononuclear cells, adipose-derived MSCs, or both, "
               "against conventional treatment in COPD, four groups of twenty patients (clinical, no species): title "
               "from the journal's stored article page, abstract from a stored copy of its PubMed record, cut at a "
               "sentence end before the copy breaks off in the third Results sentence. Dove Medical Press publishes "
               "every article under CC BY-NC 3.0 (as recorded for the corpus's other Dove text). Cells: 'Mesenchymal "
               "Stromal Cells' (title, no source) -> msc; 'adipose-derived mesenchymal stromal cells (ADSC)', 'ADSC' "
               "-> adipose_msc, per mention; 'bone marrow mononuclear cells (BMMC)', 'BMMC' have no canonical id "
               "(unmarked). Arms: the four groups are named with counts for none; the cells in a group's name and its "
               "clause are that group's ('ADSC group - patients receiving only ADSC' -> 'ADSC group'; 'co-infusion "
               "group - ... BMMC and ADSC' -> 'co-infusion group'); the control and BMMC groups hold no marked fact. "
               "The Results' 'the infusion of BMMC, ADSC or co-infusion' names no group (no arm). Sample size: 'twenty "
               "patients'. Follow-up: 'over a 12 months follow-up', 'In the 12-month follow-up' -> 12 months each. No "
               "dose, no route ('infusion' names no vessel), no sessions ('concomitant infusion' is simultaneous "
               "delivery, not a count). Traps: 'four groups' (a count of groups), 'Phase I', 'immediately after the "
               "infusion'."),
        layout={"columns": 1, "font": "sans", "journal": "International Journal of COPD 2021:16 3561–3574"},
    ),
    RealText(
        id="en_animal_scrt2020_bmsc_tail_vein_cia_rats_four_groups_42_days", lang="en", kind="animal", batch=18,
        title="[[Bone marrow mesenchymal stem cells|c:bm]] improve bone erosion in collagen-induced arthritis by "
              "inhibiting osteoclasia-related factors and differentiating into chondrocytes",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Stem Cell Research & Therapy 11", year=2020, doi="10.1186/s13287-020-01684-w",
        url="https://stemcellres.biomedcentral.com/articles/10.1186/s13287-020-01684-w",
        licence="CC BY 4.0 (BMC, all articles)",
        species="rat",
        abstract=(
            "**Background** Rheumatoid arthritis (RA) is characterized by joint inflammation and damage to the "
            "cartilage and bone in collagen-induced arthritis (CIA). [[Mesenchymal stem cells|c:msc]] "
            "([[MSCs|c:msc]]) can improve articular symptoms and reduce bone erosion in CIA rats; however, the "
            "underlying mechanism remains unknown. This study aimed to investigate the mechanism underlying "
            "[[MSC|c:msc]]-induced improvement of bone destruction in CIA."),
        body=[
            "**Methods** Wistar rats were divided into a normal group, CIA control group, MTX intervention group, and "
            "[[BMSC|c:bm#BMSC intervention group]] intervention group, each comprising 8 rats. Serum RANKL, OPG, and "
            "CXCL10 levels of all groups were determined via flow cytometry after [[42 days|f:42,day]] of "
            "interventions. RANKL, OPG, TRAF6, CXCL10, and CXCR3 were detected on the synovial membrane via "
            "immunohistochemistry, and their relative mRNA levels were determined via RT-PCR analysis. "
            "[[BMSCs|c:bm]] were labeled with GFP and administered to CIA rats [[via the tail vein|r:iv]]. At different "
            "time points, the distribution of implanted GFP-[[MSCs|c:msc]] in synovial tissues was observed using a "
            "fluorescence microscope, and the potential of GFP-[[MSCs|c:msc]] to differentiate into chondrocytes was "
            "assessed via immunofluorescence analysis.",
            "**Results** [[BMSC|c:bm]] transplantation improved joint inflammation and inhibited bone destruction in "
            "CIA rats. [[BMSCs|c:bm]] inhibited the expression of serum CXCL10 and CXCL10 and CXCR3 expression at the "
            "synovial membrane. Moreover, protein and mRNA expression analyses revealed that [[BMSCs|c:bm]] potentially "
            "regulated RANKL/OPG expression levels in the serum and synovial tissue. Upon implantation into CIA rats, "
            "GFP-[[MSCs|c:msc]] were traced in the joints. GFP-positive cells were observed in the cartilage tissue "
            "from day 11 and until [[42 days|f:42,day]] after transplantation.",
        ],
        notes=("Rat study of tail-vein bone marrow MSCs in collagen-induced arthritis against methotrexate, four groups "
               "of eight rats (species rat): title, Background, Methods and the first five Results sentences of the "
               "abstract from the journal's stored article page, cut at a sentence end before the copy breaks off in "
               "the sixth. Cells: 'Mesenchymal stem cells (MSCs)', 'MSC' (in 'MSC-induced'), 'MSCs' (in 'GFP-MSCs', "
               "GFP-labelled MSCs) -> msc; 'Bone marrow mesenchymal stem cells', 'BMSC(s)' -> bone_marrow_msc; per "
               "mention. The Background's 'can improve ... in CIA rats' states earlier rat work: species rat kept. "
               "Arms: the four groups are each named with their own head word and given one count for every group "
               "('each comprising 8 rats': animals, and each_arm); the BMSC in the name 'BMSC intervention group' is "
               "that group's; the later sentences speak of 'all groups' or of the cells, not of a named group (no "
               "arm). Route: 'via the tail vein' -> intravenous. Follow-up: 'determined ... after 42 days of "
               "interventions' -> 42 days (the time of the measurement counted from the start of the interventions; "
               "doubtful: it can be read as the length of the MTX course); 'from day 11 and until 42 days after "
               "transplantation' -> 42 days (the last observation time; 'day 11' is an earlier time point of the "
               "same range). No dose, sessions or sample size (rats are animals). Traps: 'each comprising 8 rats', "
               "'MTX' (methotrexate, a comparator drug without dose), RANKL/OPG/CXCL10 (not contract hormones), 'At "
               "different time points' (no value), 'GFP-positive cells'."),
        layout={"columns": 2, "font": "serif", "journal": "Stem Cell Research & Therapy (2020) 11"},
    ),
    RealText(
        id="en_animal_bmcmsd2011_msc_intraarticular_oa_donkeys_1_2_6_months", lang="en", kind="animal", batch=18,
        title="Homing and reparative effect of intra-articular injection of autologus [[mesenchymal stem "
              "cells|c:msc]] in osteoarthritic animal model",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="BMC Musculoskeletal Disorders 12:259", year=2011, doi="10.1186/1471-2474-12-259",
        url="https://casereports.bmj.com/lookup/external-ref?access_num=10.1186/1471-2474-12-259&link_type=DOI",
        licence="CC BY 4.0 (BMC, all articles)",
        species="animal",
        abstract=(
            "**Background** This work aimed to study the homing evidence and the reparative effect of [[mesenchymal "
            "stem cells|c:msc]] ([[MSCs|c:msc]]) in the healing process of induced osteoarthritis in experimental "
            "animal model (donkeys)."),
        body=[
            "**Methods** Twenty-seven donkeys were equally divided into 3 groups based on the observation period after "
            "induction of arthritis (3, 6 and 9 weeks) to achieve different degrees of osteoarthritis. Each group was "
            "subdivided into three subgroups of three animals each based on the follow-up period (1, 2 and "
            "[[6 months|f:6,month]]) after treatment. The induction was done through intra-articular (IA) injection of "
            "[[2 ml|d:2,mL,-]] of Amphotericin-B in both carpal joints. [[MSCs|c:msc]] were harvested in a separate "
            "procedure, labeled with green fluorescent protein (GFP) using monster GFP vector and suspended in "
            "hyaluronic acid for IA injection. Treatment approaches consisted of cell-treatment using [[MSCs|c:msc]] "
            "suspended in [[3 ml|d:3,mL,-]] of hyaluronic acid (HA) for the right carpal joint; and using the same "
            "amount of (HA) but without [[MSCs|!c:msc]] for the left contralateral carpal joint to serve as a control. "
            "Animals were assessed clinically and radiologically before and after treatment. Synovial fluid was also "
            "evaluated. Histopathologically; articular cartilage structural changes, reduction of articular cartilage "
            "matrix staining, osteophyte formation, and subchondral bone plate thickening were graded. Data was "
            "summarized using median and percentile for scores of histopathologic grading. Comparison between groups "
            "was done using non-parametric Mann Whitney test.",
            "**Results** The reparative effect of [[MSCs|c:msc]] was significant both clinically and radiologically in "
            "all treated groups (P < 0.05) compared to the control groups.",
            "**Figure 10** Fluorescence microscopic analysis of the cell-treated joints showing GFP-positive cells "
            "detected at the surface and also in the center of regenerated tissue in all groups. Group-I; (a) at "
            "[[2 months|f:2,month#Group-I]] and (b) at [[6 month|f:6,month#Group-I]] after injection of "
            "GFP-transduced [[MSCs|c:msc#Group-I]]. Group-II; show diffuse hypercellularity after "
            "[[2 months|f:2,month#Group-II]] (c) and clusters of chondrocytes after [[6 months|f:6,month#Group-II]] of "
            "injection (d). Group-III; show slight hypercellularity after [[2 month|f:2,month#Group-III]] (e) with "
            "clusters of chondrocytes (short arrow) and multiple tide marks (long arrow) after "
            "[[6 months|f:6,month#Group-III]] of injection (f).",
        ],
        notes=("Donkey study of one intra-articular injection of autologous MSCs in hyaluronic acid after "
               "amphotericin-B-induced carpal osteoarthritis, three induction groups with three follow-up subgroups "
               "(animal; donkeys are a named species other than mouse or rat: species 'animal' for every fact): "
               "title, Background, Methods and the first Results sentence of the abstract from a stored copy of the "
               "journal's article page (cut at a sentence end before the copy breaks off in the second Results "
               "sentence), and the legend of Figure 10 from the journal's stored figure page. Cells: 'mesenchymal stem "
               "cells (MSCs)', 'MSCs' -> msc, per mention; 'without MSCs' (the control joint) -> a negated mention "
               "(doubtful: a cell named as absent; filed under negated). Follow-up: 'the follow-up period (1, 2 and 6 "
               "months) after treatment' (a list) -> one fact, the last (6 months); in the legend each group's two "
               "sampling times ('at 2 months and ... at 6 month after injection', 'after 2 months ... after 6 months of "
               "injection') -> two facts per group (guide: two times at which groups of animals are killed or their "
               "organs taken), labelled by the group named in the clause ('Group-I', 'Group-II', 'Group-III'; the "
               "groups differ by induction time). Doses: '2 ml of Amphotericin-B' (the model-inducing drug) -> 2 mL; "
               "'MSCs suspended in 3 ml of hyaluronic acid' (the injected volume of the suspension) -> 3 mL, per null; "
               "'the same amount of (HA)' (no value). No route (intra-articular has no contract id), no sessions, no "
               "sample size (animals). Traps: 'Twenty-seven donkeys', '3 groups', 'three subgroups of three animals "
               "each', 'observation period after induction of arthritis (3, 6 and 9 weeks)' (times counted from the "
               "model, not follow-up), 'P < 0.05', 'both carpal joints'."),
        layout={"columns": 2, "font": "sans", "journal": "BMC Musculoskeletal Disorders 2011, 12:259"},
    ),
    RealText(
        id="en_clinical_bca2024_prp_three_penile_injections_ed_52_two_groups_six_months", lang="en", kind="clinical",
        batch=18,
        title="Safety and efficacy of platelet-rich plasma injection for treatment of erectile dysfunction: a "
              "prospective randomized controlled study",
        authors="(author list in the DOI record; not shown in the stored copy)",
        journal="Basic and Clinical Andrology 34:16", year=2024, doi="10.1186/s12610-024-00232-3",
        url="https://biomedcentral-bacandrology.publicaciones.saludcastillayleon.es/articles/10.1186/s12610-024-00232-3",
        licence="CC BY 4.0 (BMC, all articles)",
        abstract=(
            "**Background** Affected sexual relationships affect both the quality of life of men and women. "
            "Platelet-derived therapies are becoming increasingly popular in various medical and surgical fields "
            "because of their ability to aid in tissue healing and vascular remodeling. This study aimed to assess the "
            "safety and effectiveness of platelet-rich plasma (PRP) injections in treating patients with erectile "
            "dysfunction (ED)."),
        body=[
            "**Results** [[Fifty-two participants|n:52]] with mild to moderate ED were divided into two groups: group "
            "A, who received [[three PRP penile injections|s:3#group A]], and group B, who received "
            "[[three saline injections|s:3#group B]] (5 ml for each injection site). The International Index of "
            "Erectile Function (IIEF) was used to evaluate all participants. [[A month|f:1,month]] after the last "
            "injection, the PRP group's IIEF was 16.12 ± 1.25, while the placebo group's was 15.99 ± 1.21 (p = 0.683). "
            "Following a [[3-month period|f:3,month]], the IIEF for the PRP group was 16.44 ± 1.17, while the placebo "
            "group's was 16.31 ± 1.06 (p value = 0.653). Following a [[6-month period|f:6,month]], the IIEF for the "
            "PRP group was 16.35 ± 1.45, while that for the placebo group's was 16.23 ± 1.19 (p = 0.727). In terms of "
            "IIEF, there was no significant difference between the two groups after one, three, and "
            "[[six months|f:6,month]] of treatment.",
            "**Conclusion** In brief, our research revealed no data to support the application of PRP injections in "
            "the management of mild-to-moderate ED.",
        ],
        notes=("Randomised placebo-controlled trial of three intracavernosal platelet-rich plasma injections against "
               "three saline injections in mild-to-moderate erectile dysfunction (clinical, no species): title and the "
               "English abstract from a stored mirror of the journal's article page (the journal, a BMC title, prints "
               "no Methods heading in this abstract; the French abstract that follows, cut off in the copy, is left "
               "out). No cell type (PRP is not a cell therapy), no route (penile / intracavernosal has no contract "
               "id). Arms: 'group A, who received three PRP penile injections' and 'group B, who received three saline "
               "injections' -> sessions 3 for each, labelled 'group A' / 'group B' (the placebo arm's administrations "
               "are its regimen; doubtful). '(5 ml for each injection site)' is left unmarked (the volume of a saline "
               "placebo per site, not of a therapy or protocol drug; doubtful). Sample size: 'Fifty-two participants' "
               "(no per-arm counts). Follow-up: 'A month after the last injection' -> 1 month; 'Following a 3-month "
               "period', 'Following a 6-month period' -> 3 and 6 months (the times after the course at which IIEF was "
               "compared; doubtful: 'period' could be read as a length); 'after one, three, and six months of "
               "treatment' (a list) -> one fact, the last (6 months). No arm for these: each sentence compares the PRP "
               "and placebo groups. Traps: IIEF means ± SD, p values, 'mild to moderate', 'two groups', 'the last "
               "injection' (no count)."),
        layout={"columns": 2, "font": "sans", "journal": "Basic and Clinical Andrology (2024) 34:16"},
    ),
    # Chinese texts, round zh11 (batch 20)
    RealText(
        id="zh_review_hanspub2026_iua_prevention_strategies", lang="zh", kind="review", batch=20,
        title="宫腔粘连研究进展与防治策略",
        authors="潘锦, 杜二球",
        journal="临床医学进展 16(1)", year=2026, doi="10.12677/acm.2026.161187",
        url="https://www.hanspub.org/journal/paperinformation?paperid=133441",
        licence="CC BY 4.0 (Hans Publishers, all articles)",
        abstract=(
            "**摘要:** 宫腔粘连是一种由子宫内膜基底层损伤引发的常见妇科疾病,临床主要表现为月经异常与生育障碍,严重影响"
            "患者身心健康。近年来研究深入揭示了其发病机制,涉及细胞外基质代谢、血管生成、局部凝血异常及间质细胞衰老等多个"
            "分子层面。诊断方面,影像学技术进一步提升了检出率,标准化宫腔评分与子宫内膜容受性标志物检测有助于更精准评估病情"
            "严重程度与生育预后。治疗以宫腔镜下粘连分离术为主,术后防治再粘连成为关键,综合应用物理屏障、生物活性材料(如"
            "[[间充质干细胞|c:msc]]、富血小板血浆等)及辅助药物(如雌激素)可提升疗效。针对重度患者,个体化与多学科综合治疗"
            "策略日益重要。本文系统综述宫腔粘连的病因机制、诊断评估及防治进展,以期为临床实践提供参考,改善患者预后。"),
        notes=("Chinese review (intrauterine adhesions: mechanisms, diagnosis, prevention) from Hans Publishers' "
               "Advances in Clinical Medicine: the title and the Chinese abstract from the journal's article page "
               "(paperinformation?paperid=133441); the page is bilingual, the English abstract is left out (this round "
               "takes the Chinese abstract only); the stored excerpt ends inside the English abstract and prints no "
               "licence line, so the licence is Hans Publishers' CC BY 4.0 for every article. Volume and issue (16(1)) read from the DOI. The stored "
               "copy's punctuation (ASCII commas and brackets, Chinese full stops and enumeration commas) kept as "
               "printed; the authors are printed '潘 锦' and '杜二球*' (written 潘锦, 杜二球). One fact: '间充质干细胞' "
               "(named as a bioactive material used after adhesiolysis) -> msc. Traps: '富血小板血浆' (PRP, not a cell "
               "therapy), '辅助药物(如雌激素)' (oestrogen as a drug, no change of the E2 level: no hormone_change), "
               "'间质细胞衰老' (senescence of the endometrial stromal cells, a mechanism, not a cell therapy), "
               "'细胞外基质' (no cell type), '宫腔镜下粘连分离术' (a surgical procedure: no route of the therapy), "
               "'重度患者' (no count: no sample size), '近年来' (no follow-up)."),
        layout={"columns": 2, "font": "serif", "journal": "临床医学进展 2026年 第16卷 第1期",
                "keywords": "许可：CC BY 4.0"},
    ),
]
