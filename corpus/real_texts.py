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

    # Chinese texts, second batch
    RealText(
        id="zh_review_hanspub2024_poi_autoimmune", lang="zh", kind="review",
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
]
