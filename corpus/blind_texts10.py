"""Invented papers written for litx by an annotator who had not seen its rules (tenth batch).

These texts are the development part of the invented papers: they are studied and tuned
on (unlike corpus/heldout_texts.py).  Every name, number and sentence is invented; none is
copied from a paper.  The fact marks ``[[words|spec]]`` follow corpus/make_papers.py and are
annotated by corpus/ANNOTATION.md.  This batch has 14 texts (8 English, 6 Chinese) and
leans on numbers of sessions and sample sizes, then follow-up and hormone changes; three
texts treat another condition (thin endometrium, decompensated cirrhosis, intrauterine
adhesions) and are marked only where the contract has a value for them.
"""

from __future__ import annotations

try:
    from real_texts import RealText
except ImportError:  # imported as corpus.blind_texts10
    from corpus.real_texts import RealText

_LIC = "CC BY 4.0 (written for litx)"
_J = "litx blind set"

BLIND10: list[RealText] = [
    # ------------------------------------------------------------------ 93
    RealText(
        id="en_blind93_one_vs_two_bmmsc_rct",
        lang="en",
        kind="clinical",
        title=(
            "[[One|s:1]] versus [[two|s:2]] [[intraovarian injections|r:io]] of autologous "
            "[[bone marrow mesenchymal stromal cells|c:bm]] in premature ovarian insufficiency: "
            "a randomised trial"
        ),
        authors="Halvorsen K, Ibarra M, Toyoda S",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "Background: Whether a second [[intraovarian|r:io]] dose adds anything to a "
            "[[single injection|s:1]] of autologous [[bone marrow-derived MSCs|c:bm]] "
            "([[BM-MSCs|c:bm]]) in women with premature ovarian insufficiency (POI) is unknown. "
            "Methods: Of 96 women screened, [[64|n:64]] with POI (FSH > 25 IU/L on two occasions at "
            "least 4 weeks apart, amenorrhoea of 4 months or more) were randomised 1:1 to a "
            "[[single-injection|s:1#single-injection group]] group or a "
            "[[two-injection|s:2#two-injection group]] group ([[n = 32 per arm|n:32]]). All received "
            "[[10 × 10^6|d:1e7,cells,ovary]] [[BM-MSCs|c:bm]] suspended in [[1 mL|d:1,mL,ovary]] of "
            "saline [[into each ovary|r:io,tvus]] under transvaginal ultrasound guidance, with three "
            "punctures per ovary; the [[two-injection|s:2#two-injection group]] group received a "
            "second, identical injection 8 weeks after the first. Serum FSH, E2 and AMH and the "
            "antral follicle count (AFC) were measured every 4 weeks, and all women were "
            "[[followed up for 12 months|f:12,month]] after the first procedure. "
            "Results: Fifty-eight women (29 in each arm) completed follow-up. In the "
            "[[two-injection|s:2#two-injection group]] group, [[FSH fell|h:FSH,dec#two-injection group]] "
            "from 68.4 ± 17.2 to 41.9 ± 15.5 IU/L (P < 0.001) and "
            "[[AMH rose|h:AMH,inc#two-injection group]] modestly (0.06 to 0.19 ng/mL, P = 0.02); in "
            "the [[single-injection|s:1#single-injection group]] group "
            "[[FSH decreased|h:FSH,dec#single-injection group]] transiently but "
            "[[was not different from baseline|h:FSH,nc#single-injection group]] at "
            "[[12 months|f:12,month#single-injection group]] (P = 0.21), and "
            "[[AMH did not change|h:AMH,nc#single-injection group]]. [[E2 increased|h:E2,inc]] in "
            "both arms. Four women in the [[two-injection|s:2#two-injection group]] group and one in "
            "the [[single-injection|s:1#single-injection group]] group conceived, two of them after "
            "IVF cycles with a single embryo transfer. "
            "Conclusions: [[Two|s:2]] [[intraovarian injections|r:io]] appear to "
            "[[lower FSH|h:FSH,dec]] more durably than [[one|s:1]]."
        ),
        body=[
            (
                "Bone marrow (60 mL) was aspirated from the posterior iliac crest under local "
                "anaesthesia, and [[BM-MSCs|c:bm]] were expanded to passage 3, counted twice and "
                "released when viability exceeded 90%. The injection was given under intravenous "
                "sedation; a 17-gauge needle was advanced [[into the ovarian cortex|r:io,tvus]] under "
                "transvaginal ultrasound at three sites per ovary, and a total of "
                "[[20 × 10^6|d:2e7,cells,patient]] cells was delivered per woman. Blood was drawn "
                "at baseline and at weeks 4, 8, 12, 24 and [[52|f:52,week]]."
            ),
        ],
        notes=(
            "Two-arm RCT; the number of sessions is in the group names (single-injection group, "
            "two-injection group): every mention of a group with its head word is a sessions fact "
            "of that arm. Title and conclusion compare the arms (no arm). 'a second ... injection' "
            "is an ordinal of counted sessions (no fact). Traps: 96 screened, 58 completers (subset "
            "of the 64), 29 in each arm completers, FSH>25 on two occasions, three punctures/sites "
            "per ovary, passage 3, counted twice, 60 mL aspirate, intravenous sedation (no route), "
            "every 4 weeks, 8 weeks after the first (interval), IVF cycles/embryo transfer, four "
            "women conceived. 'per woman' dose per = patient. The blood-draw time "
            "points (weeks 4 ... 52) are a list of assessment times: one follow-up fact, the last."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=10,
    ),
    # ------------------------------------------------------------------ 94
    RealText(
        id="en_blind94_ucmsc_exosome_dose_mouse",
        lang="en",
        kind="animal",
        title=(
            "Three dose levels of [[umbilical cord MSC|c:uc]]-derived [[exosomes|c:ev]] given "
            "[[weekly × 3|s:3]] in cyclophosphamide-injured mice"
        ),
        authors="Osei-Bonsu A, Lindqvist P, Chen Y",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        species="mouse",
        abstract=(
            "[[Exosomes|c:ev@human]] from [[human umbilical cord mesenchymal stem cells|c:uc@human]] "
            "([[hUCMSC|c:uc@human]]-[[Exos|c:ev@human]]) protect granulosa cells in culture, but the dose "
            "needed in vivo is unclear. Forty-eight female C57BL/6 mice were used. Ovarian injury "
            "was induced with cyclophosphamide (CTX), [[120 mg/kg|d:120,mg/kg,-]] "
            "[[intraperitoneally|r:ip]] [[once|s:1]] followed by [[30 mg/kg|d:30,mg/kg,-]] daily "
            "for 14 days. CTX mice were then allocated to a PBS group and to three different doses "
            "of [[exosomes|c:ev]]: low-dose ([[25 μg|d:25,ug,-#low-dose]]), medium-dose "
            "([[50 μg|d:50,ug,-#medium-dose]]) and high-dose ([[100 μg|d:100,ug,-#high-dose]]) "
            "groups (n = 10 per group); eight untreated mice served as normal controls. "
            "In all exosome groups, [[hUCMSC|c:uc]]-[[Exos|c:ev]] in [[100 μL|d:0.1,mL,-]] PBS were injected [[via the tail vein|r:iv]] "
            "once a week, [[three injections|s:3]] in total. "
            "[[Four weeks after the last injection|f:4,week]], the medium- and high-dose groups "
            "showed [[lower serum FSH|h:FSH,dec]] and [[higher E2|h:E2,inc]] and "
            "[[AMH|h:AMH,inc]] than the PBS group (all P < 0.05), and more secondary and antral "
            "follicles. In the low-dose group [[FSH was unchanged|h:FSH,nc#low-dose]] (P = 0.41). "
            "Conclusion: [[hUCMSC|c:uc]]-[[Exos|c:ev]] act in a dose-dependent way, and [[50 μg per "
            "injection|d:50,ug,injection]] appears to be the lowest effective dose."
        ),
        body=[
            (
                "[[Exosomes|c:ev]] were isolated from the culture supernatant of passage-4 "
                "[[hUCMSCs|c:uc]] by two rounds of ultracentrifugation (100,000 × g, 70 min); the "
                "particles measured 60-150 nm and the preparation held about 2 × 10^10 particles/mL. "
                "Blood was taken from the orbital plexus three times during the study, and ovaries "
                "were removed [[on days 7, 14 and 28|f:28,day]] after the final injection (three "
                "mice per group per time point)."
            ),
            (
                "Compared with the normal controls, CTX mice had higher FSH and lower AMH before "
                "treatment, confirming the model. In the high-dose group, "
                "[[FSH declined|h:FSH,dec#high-dose]] from 17.9 ± 2.6 to 9.8 ± 1.9 mIU/mL and "
                "[[AMH increased|h:AMH,inc#high-dose]] 2.3-fold [[by day 28|f:28,day#high-dose]]; the medium-dose group "
                "behaved similarly (FSH 11.2 ± 2.0 mIU/mL), whereas in the "
                "low-dose group [[E2 did not rise|!h:E2,inc#low-dose]]."
            ),
        ],
        notes=(
            "Mouse dose-finding study; species mouse by default. Three dose arms labelled by their "
            "names (low-dose, medium-dose, high-dose) each with its own value. 'weekly × 3' and "
            "'three injections in total' state the total (3). Traps: 'three different doses' (no "
            "value, no sessions), 48 and eight mice and n = 10 per group (animals), CTX 30 mg/kg "
            "daily for 14 days (no sessions), 100 μL injected volume (dose 0.1 mL), 2 × 10^10 particles/mL "
            "(concentration), 60-150 nm, passage 4, two rounds of ultracentrifugation, blood "
            "three times, three mice per time point, 50 μg per injection in the conclusion "
            "is a dose (per injection) with no arm (a conclusion). "
            "Model validation FSH/AMH before treatment: no fact. 'the medium-dose group behaved "
            "similarly (FSH 11.2 ...)' writes no direction: no fact."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=10,
    ),
    # ------------------------------------------------------------------ 95
    RealText(
        id="en_blind95_review_number_of_injections",
        lang="en",
        kind="review",
        title=(
            "How many injections? [[Repeat|s:-]] dosing of [[mesenchymal stromal cells|c:msc]] and platelet-rich "
            "plasma for ovarian insufficiency - a narrative review"
        ),
        authors="Marchetti L, Adeyemi T",
        journal=_J,
        year=2026,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "Most trials of cell therapy for premature ovarian insufficiency (POI) have given "
            "[[one injection|s:1]], and the value of [[repeated|s:-]] dosing is uncertain. We "
            "searched for clinical and animal studies that compared numbers of administrations or "
            "reported outcomes after each one. Twenty-three reports were found; nine were clinical, "
            "enrolling between 1 and 120 women, and fourteen used rodent models. Trials with fewer "
            "than 20 participants were summarised but not weighed in our conclusions."
        ),
        body=[
            (
                "Early series used a [[single|s:1]] procedure. Gómez-Rial et al. [12] placed "
                "autologous [[bone marrow-derived MSCs|c:bm]] [[into one ovary|r:io,lap]] at "
                "laparoscopy in [[nine women|n:9]] and reported that [[AMH rose|h:AMH,inc]] in three "
                "of them by [[6 months|f:6,month]] [12]. Using [[umbilical cord MSCs|c:uc]] "
                "([[UC-MSCs|c:uc]]), Park and Song [13] gave [[1 × 10^7|d:1e7,cells,ovary]] cells per "
                "ovary by [[transvaginal injection|r:io,tvus]], then [[a second|s:2]] injection "
                "three months later, to [[a cohort of 36|n:36]]; [[FSH was lower|h:FSH,dec]] at "
                "each visit after the repeat injection, and follow-up lasted [[one year|f:1,year]]."
            ),
            (
                "Two randomised trials addressed the question directly. The first [14] allocated "
                "[[80 women|n:80]] ([[40 per arm|n:40]]) to [[one|s:1]] or [[two|s:2]] "
                "[[intraovarian|r:io]] [[UC-MSC|c:uc]] injections and found that "
                "[[FSH decreased|h:FSH,dec]] and [[E2 increased|h:E2,inc]] only in women who had "
                "the second injection [14]. The second [15] compared [[up to three|s:3]] monthly "
                "infusions [[through the ovarian artery|r:oa]] with [[a single|s:1]] infusion in "
                "[[54 patients|n:54]]; [[AMH did not differ|h:AMH,nc]] between arms at "
                "[[9 months|f:9,month]], although [[AFC improved|h:AFC,inc#three-infusion arm]] "
                "slightly in the [[three-infusion|s:3#three-infusion arm]] arm [15]. A pooled analysis of six clinical studies with "
                "[[214 participants|n:214]] [16] found that [[repeated|s:-]] administration "
                "[[lowered FSH|h:FSH,dec]] more than [[single|s:1]] dosing (mean difference -9.6 IU/L), but "
                "[[E2 levels showed no change|h:E2,nc]] [16]."
            ),
            (
                "Rodent work points the same way. In rats given cisplatin, "
                "[[two|s:2@rat]] [[tail-vein|r:iv@rat]] injections of [[BMSCs|c:bm@rat]] a week "
                "apart [[reduced FSH|h:FSH,dec@rat]] more than [[one|s:1@rat]] [17], and in "
                "busulfan-treated mice [[three|s:3@mouse]] [[intraperitoneal|r:ip@mouse]] doses of "
                "[[MSC|c:msc@mouse]] [[exosomes|c:ev@mouse]] restored estrous cycles within "
                "10 days and [[raised serum AMH|h:AMH,inc@mouse]] when measured "
                "[[4 weeks|f:4,week@mouse]] after the last dose [18]. Whether these findings transfer to women given "
                "PRP, which is often injected [[three times|s:3]] at monthly intervals [19, 20], is "
                "unknown."
            ),
        ],
        notes=(
            "Review paragraphs citing studies [12]-[20]; facts of cited studies are facts. "
            "Traps: 'Twenty-three reports', 'nine were clinical', 'fourteen used rodent models', "
            "'six clinical studies' (studies, not samples), 'between 1 and 120 women' and 'fewer "
            "than 20 participants' (bounds), 'three of them' (outcome count), 'a week apart' and "
            "'monthly intervals' (intervals), 'within 10 days' (time to an event). 'a second "
            "injection' of [13] is an ordinal whose study states no count: sessions 2. 'the second "
            "injection' of [14] refers to counted sessions (no fact). 'the three-infusion arm' of "
            "[15] is an arm named by its count (sessions 3, arm), and AFC improved in it; 'up to "
            "three ... with a single infusion' describe groups by what they received (no arm). "
            "[16] 'lowered FSH more than single dosing' is a comparison: facts, no arm. "
            "'AMH did not differ between arms' read as no_change (doubtful: a between-arm "
            "comparison, not a change over time). 'into one ovary at laparoscopy' is the route "
            "with laparoscopic guidance. Rodent facts carry rat/mouse."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=10,
    ),
    # ------------------------------------------------------------------ 96
    RealText(
        id="en_blind96_case_ovarian_artery_ucmsc",
        lang="en",
        kind="case",
        title=(
            "Return of ovarian function after [[ovarian artery|r:oa]] infusion of "
            "[[umbilical cord mesenchymal stem cells|c:uc]]: a case report with "
            "[[18 months of follow-up|f:18,month]]"
        ),
        authors="Varga E, Nakamura H, Oduya F",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "A 36-year-old woman with premature ovarian insufficiency (POI) and 14 months of "
            "secondary amenorrhoea had FSH of 92.1, 88.4 and 101.3 IU/L on three occasions and "
            "undetectable anti-Müllerian hormone (AMH); four IVF cycles elsewhere had yielded no "
            "oocytes. She had taken sequential hormone therapy for 2 years, stopped 3 months before "
            "treatment. Allogeneic [[umbilical cord MSCs|c:uc]] ([[UC-MSCs|c:uc]], "
            "[[1 × 10^6 cells/kg|d:1e6,cells/kg,-]], in [[20 mL|d:20,mL,-]] of saline) were "
            "infused through a microcatheter placed in [[the left and then the right ovarian "
            "artery|r:oa,ir]] under digital subtraction angiography, after right femoral artery "
            "puncture under local anaesthesia. Because [[FSH had fallen|h:FSH,dec]] only slightly [[at 8 weeks|f:8,week]], a "
            "[[second|s:2]] infusion of the same dose was given 10 weeks after the first. "
            "[[Three months|f:3,month]] after the [[second|s:2]] infusion, "
            "[[FSH had fallen|h:FSH,dec]] to 12.6 IU/L and [[estradiol rose|h:E2,inc]] to 186 pg/mL; "
            "menses returned at month 5 and two dominant follicles were seen on the ultrasound "
            "scans of the following cycle. [[AMH remained undetectable|h:AMH,nc]] throughout, "
            "whereas the [[antral follicle count increased|h:AFC,inc]] from 0 to 3. She conceived "
            "after the second of two frozen embryo transfers and delivered at 38 weeks. "
            "[[Over 18 months|f:18,month]] no adverse event was recorded."
        ),
        body=[
            (
                "Hormones were measured on cycle day 2-4 or, when amenorrhoeic, at random, and each "
                "value was confirmed by a repeat blood test within a week. The cells (passage 4, "
                "viability 96%) were thawed, washed twice and suspended at 5 × 10^6 cells/mL "
                "shortly before each procedure; about half of the suspension was given to each "
                "ovary. This is, to our knowledge, the first report of a [[repeated|s:-]] "
                "[[intra-arterial|r:oa]] infusion in POI followed until a live birth."
            ),
        ],
        notes=(
            "Single case report (no arms; no count of patients is printed, so no sample size). "
            "'a second infusion' and 'after the second infusion' are ordinals and the text states "
            "no count of the infusions: sessions 2 each (the guide: an ordinal gives its count). "
            "Traps: FSH on three occasions, four IVF cycles, 2 years of hormone "
            "therapy, 3 months before, 14 months of amenorrhoea, age, 'FSH had fallen only slightly at "
            "8 weeks' (a hedged decrease measured at a time after the first infusion: a decrease "
            "and a follow-up mention), 10 weeks after the first (interval), menses returned at month 5 (time to "
            "an event), ultrasound scans, 'the second of two frozen embryo transfers', 38 weeks "
            "(gestation), repeat blood test, passage 4, washed twice, 5 × 10^6 cells/mL "
            "(concentration), 'the first report' (ordinal, not sessions), femoral artery puncture "
            "and local anaesthesia (no route). 'intra-arterial' in the last sentence refers to the "
            "ovarian-artery infusion already described: marked as ovarian_artery_infusion, "
            "doubtful. Injected volume 20 mL is a dose."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=10,
    ),
    # ------------------------------------------------------------------ 97
    RealText(
        id="en_blind97_prp_one_vs_two_cohort",
        lang="en",
        kind="clinical",
        title=(
            "[[Intraovarian|r:io]] platelet-rich plasma in poor responders: a retrospective cohort "
            "comparing [[one|s:1]] and [[two|s:2]] injections"
        ),
        authors="Dimitrova R, Haddad N, Quispe L",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "Objective: To compare ovarian reserve markers after [[one|s:1]] or [[two|s:2]] "
            "[[intraovarian|r:io]] injections of autologous platelet-rich plasma (PRP) in women "
            "with poor ovarian response. "
            "Design: Retrospective cohort study in a university fertility unit. "
            "Patients: The records of 311 women meeting the Bologna criteria who were seen between "
            "2019 and 2023 were reviewed; [[142 consecutive women|n:142]] who had received PRP and "
            "had hormone results before treatment formed the cohort. [[Eighty-seven|n:87#group A]] "
            "had [[one injection|s:1#group A]] (group A) and [[55|n:55#group B]] had "
            "[[two injections|s:2#group B]] 4 weeks apart (group B). "
            "Intervention: In both groups, forty millilitres of venous blood were centrifuged twice (double-spin "
            "method), yielding about 4 mL of PRP with a platelet count 4.5 times that of whole "
            "blood; after activation with calcium gluconate, [[2 mL|d:2,mL,ovary]] was injected "
            "[[into each ovary|r:io,tvus]] through the vaginal fornix under ultrasound guidance. "
            "Main outcome measures: AMH, FSH and antral follicle count (AFC) at "
            "[[3 and 6 months|f:6,month]]. "
            "Results: In group B, [[AMH increased|h:AMH,inc#group B]] from 0.41 to 0.63 ng/mL "
            "(P = 0.004), whereas [[AMH was unchanged|h:AMH,nc#group A]] in group A (0.44 vs 0.47 "
            "ng/mL, P = 0.52). [[AFC rose|h:AFC,inc]] by a median of two follicles in both groups, "
            "and [[FSH did not decrease|!h:FSH,dec]] significantly in either. Eleven women missed "
            "the [[6-month visit|f:6,month]], leaving 131 for the final analysis. During 168 "
            "subsequent IVF cycles, 19 clinical pregnancies were recorded (group A, 9; group B, 10). "
            "Conclusions: A second PRP injection may be needed for a measurable AMH "
            "response."
        ),
        body=[
            (
                "Women with an AFC below 5 or AMH below 1.1 ng/mL on two tests were eligible; those "
                "with ovarian surgery (n = 23) or a single ovary (n = 6) were excluded before the "
                "cohort was formed. The decision to offer a second injection was made at the "
                "[[4-week visit|f:4,week]], when AMH was checked for the first time, and depended mainly on "
                "patient preference. Each injection required three to five punctures per ovary, and "
                "no procedure was stopped for pain or bleeding."
            ),
        ],
        notes=(
            "Retrospective two-group cohort; groups labelled 'group A' and 'group B' (named after "
            "their counts in brackets, so the count and sessions of the clause carry them). Title, "
            "objective and conclusion speak of both regimens (no arm). Traps: 311 records reviewed "
            "(screened), 131 analysed and 11 missed the visit (subset of the 142), n = 23 and "
            "n = 6 excluded, 168 IVF cycles, 19 pregnancies (9/10 per group: outcome counts), "
            "40 mL blood (harvest), 4 mL of PRP prepared (not the injected volume: the dose is 2 mL "
            "per ovary), centrifuged twice, 4.5 times, 4 weeks apart (interval), AFC < 5 / AMH < 1.1 "
            "on two tests (thresholds), 4-week visit where the second injection was decided (AMH "
            "was measured then: a follow-up mention), three to five punctures. 'A second PRP injection' in the conclusion "
            "and 'a second injection' in the body are ordinals; the text states a count (two "
            "injections), so they are no sessions facts. PRP is no cell type."
        ),
        layout={"columns": 2, "font": "sans"},
        batch=10,
    ),
    # ------------------------------------------------------------------ 98
    RealText(
        id="en_blind98_mensc_thin_endometrium",
        lang="en",
        kind="clinical",
        title=(
            "Autologous [[menstrual blood-derived stromal cells|c:men]] for refractory thin "
            "endometrium: a single-arm pilot study"
        ),
        authors="Rahimi S, Bjork A, Tan W",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "Thin endometrium (< 7 mm on the day of hCG or progesterone start) that persists "
            "despite high-dose oestrogen is a common reason for cancelled embryo transfers. We "
            "enrolled [[eighteen women|n:18]] with refractory thin endometrium, each with at least "
            "two cancelled frozen embryo transfers and a median of three previous hysteroscopies. "
            "Autologous [[menstrual blood-derived stromal cells|c:men]] ([[MenSCs|c:men]]) were "
            "grown from menstrual blood collected on day 2 and expanded to passage 3. Each woman "
            "received [[two|s:2]] intrauterine infusions of [[1 × 10^7|d:1e7,cells,injection]] "
            "[[MenSCs|c:men]] in [[0.5 mL|d:0.5,mL,injection]] of medium per infusion, given "
            "through an embryo-transfer catheter on day 10 of two consecutive cycles, while "
            "taking [[6 mg|d:6,mg,-]] of oral estradiol valerate daily. Two women withdrew before the "
            "second infusion. Endometrial thickness rose from 5.1 ± 0.8 mm to "
            "7.4 ± 1.1 mm (P < 0.001) in the remaining 16; [[serum estradiol did not "
            "change|h:E2,nc]] (P = 0.63), which argues against a hormonal explanation. Women were "
            "[[followed for 6 months|f:6,month]] after the last infusion; seven conceived after "
            "frozen embryo transfer and no infection or adhesion was seen at hysteroscopy."
        ),
        body=[
            (
                "Endometrial thickness was measured by three transvaginal scans in each treatment "
                "cycle. A previous study of the same cells in intrauterine adhesions gave "
                "[[a single|s:1]] infusion to [[twelve patients|n:12]] and described a thicker "
                "endometrium [[3 months|f:3,month]] later; our protocol was designed to test "
                "whether a second infusion adds to the effect. [[Intravenous|!r:iv]] or "
                "[[intraovarian|!r:io]] routes were not used."
            ),
        ],
        notes=(
            "Other condition (thin endometrium): marked only where the contract has a value - cell "
            "type, dose, sessions, sample, follow-up and serum E2 (no_change). The intrauterine "
            "infusion has no route id (unmarked); endometrial thickness is no hormone. 'before the "
            "second infusion' and 'whether a second infusion adds' are ordinals of counted "
            "sessions ('two intrauterine infusions'): no fact. Dose and volume are 'per infusion' "
            "(per = injection). Traps: < 7 mm threshold, two cancelled transfers, three "
            "hysteroscopies, day 2, passage 3, day 10 of two consecutive cycles (cycles, not a "
            "second count), 6 mg oral estradiol valerate daily (a drug of the protocol: a dose in mg; oral: no route; daily: no sessions), "
            "two women withdrew, the remaining 16 (subset of the 18), seven conceived, three "
            "transvaginal scans per cycle (no route). Cited previous study: 'a single infusion', "
            "'twelve patients', '3 months later' (time of the reported outcome: follow-up). "
            "'Intravenous or intraovarian routes were not used' denies routes: negated routes."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=10,
    ),
    # ------------------------------------------------------------------ 99
    RealText(
        id="en_blind99_bmsc_route_sessions_rat",
        lang="en",
        kind="animal",
        title=(
            "[[Repeated|s:-]] [[tail-vein|r:iv]] versus [[intraovarian|r:io]] delivery of "
            "[[bone marrow mesenchymal stem cells|c:bm]] in cisplatin-induced ovarian failure "
            "in rats"
        ),
        authors="Karimova D, Ferreira J, Lau KM",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        species="rat",
        abstract=(
            "Aim: To compare the number and route of administrations of "
            "[[bone marrow mesenchymal stem cells|c:bm]] ([[BMSCs|c:bm]]) in rats with "
            "chemotherapy-induced premature ovarian failure. Methods: Sixty female "
            "Sprague-Dawley rats were divided into five groups (n = 12 each). Four groups received "
            "cisplatin [[2 mg/kg|d:2,mg/kg,-]] [[intraperitoneally|r:ip]] daily for 7 days and "
            "then: nothing (model), [[one|s:1#BMSC-IV1]] [[tail-vein|r:iv#BMSC-IV1]] injection of "
            "[[2 × 10^6|d:2e6,cells,injection#BMSC-IV1]] [[BMSCs|c:bm#BMSC-IV1]] "
            "([[BMSC|c:bm#BMSC-IV1]]-IV1), [[two|s:2#BMSC-IV2]] such injections 7 days apart "
            "([[BMSC|c:bm#BMSC-IV2]]-IV2), or [[a single|s:1#BMSC-IO]] "
            "[[injection into each ovary|r:io#BMSC-IO]] of "
            "[[5 × 10^5|d:5e5,cells,ovary#BMSC-IO]] cells in [[20 μL|d:0.02,mL,ovary#BMSC-IO]] "
            "at three sites under a dissecting microscope after a dorsal incision "
            "([[BMSC|c:bm#BMSC-IO]]-IO); the fifth group had saline only (control). Results: "
            "[[Four weeks after the first injection|f:4,week]], [[FSH was lower|h:FSH,dec]] and "
            "[[E2|h:E2,inc]] and [[AMH|h:AMH,inc]] were higher in all three [[BMSC|c:bm]] groups than in "
            "the model group (P < 0.05). [[FSH was lower|h:FSH,dec#BMSC-IV2]] in the "
            "[[BMSC|c:bm#BMSC-IV2]]-IV2 group than in the [[BMSC|c:bm#BMSC-IV1]]-IV1 group (P = 0.01), and in the "
            "[[BMSC|c:bm#BMSC-IO]]-IO group, despite a fourfold smaller dose, "
            "[[AMH rose|h:AMH,inc#BMSC-IO]] to the level of [[BMSC|c:bm#BMSC-IV2]]-IV2 rats."
        ),
        body=[
            (
                "[[BMSCs|c:bm]] were isolated from the femurs and tibias of 4-week-old male rats, used at "
                "passage 3 and labelled with CM-DiI before injection; the suspension was adjusted to "
                "2 × 10^6 cells/mL for the intravenous groups. Vaginal smears were read daily for 14 "
                "days, and blood was sampled from the tail on three occasions. Four rats per group "
                "were killed on [[days 3, 7 and 28|f:28,day]] after the last injection to trace the "
                "labelled cells, which were found in the ovarian stroma of "
                "[[BMSC|c:bm#BMSC-IO]]-IO rats on all three days but mainly in the lungs and liver "
                "after [[intravenous|r:iv]] delivery."
            ),
        ],
        notes=(
            "Rat study, species rat by default. Four treated groups named by codes, each given its "
            "own regimen in brackets: arms BMSC-IV1, BMSC-IV2, BMSC-IO (labels as printed; the "
            "list has no head word per name). The 'BMSC' inside each code is a cell-type mention "
            "of that arm wherever the code is printed (also when the group is only compared with, "
            "and 'BMSC-IV2 rats'); the letters IV/IO and the digits of a code are left unmarked (a "
            "code, not a stated route or count - doubtful). 'all three BMSC groups' is a list: "
            "cell type without arm, hormone changes without arm. 'FSH was lower in the BMSC-IV2 "
            "group than in the BMSC-IV1 group': the change is BMSC-IV2's. 'AMH rose to the level "
            "of BMSC-IV2 rats': an AMH increase of BMSC-IO. 'the intravenous groups' (a group "
            "named by its route) left unmarked, doubtful. Traps: sixty rats, n = 12 each, four "
            "rats per group (animals), cisplatin daily for 7 days (no sessions), 7 days apart "
            "(interval), three sites per ovary, 4-week-old donors, passage 3, 2 × 10^6 cells/mL "
            "(concentration), smears daily for 14 days, tail blood on three occasions, 'fourfold "
            "smaller dose', dorsal incision under a dissecting microscope (no guidance id), 'all "
            "three days'. Days 3, 7 and 28 after the last injection: one follow-up, 28 days."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=10,
    ),
    # ------------------------------------------------------------------ 100
    RealText(
        id="en_blind100_ucmsc_cirrhosis_rct",
        lang="en",
        kind="clinical",
        title=(
            "[[Umbilical cord mesenchymal stem cell|c:uc]] infusion for decompensated hepatitis B "
            "cirrhosis: an open-label randomised trial"
        ),
        authors="Nguyen TH, Albrecht M, Yilmaz E",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "Background and aims: Cell therapy has been proposed for patients with decompensated "
            "cirrhosis who are not candidates for transplantation. Methods: Of 219 patients "
            "screened, [[one hundred and twenty|n:120]] with hepatitis B cirrhosis and a Child-Pugh score of "
            "7 or more were randomised to standard medical therapy alone (SMT group, "
            "[[n = 60|n:60#SMT group]]) or SMT plus [[umbilical cord MSCs|c:uc#MSC group]] "
            "([[MSC|c:msc#MSC group]] group, [[n = 60|n:60#MSC group]]). "
            "[[UC-MSCs|c:uc#MSC group]] ([[1.0 × 10^6 cells/kg|d:1e6,cells/kg,-#MSC group]]) were "
            "given by [[peripheral intravenous infusion|r:iv#MSC group]] over 30 minutes, repeated "
            "every 4 weeks for [[three doses|s:3#MSC group]]; all patients continued entecavir. "
            "The primary end point was the change in the model for end-stage liver disease (MELD) "
            "score at [[week 24|f:24,week]], and patients were [[followed for 48 weeks|f:48,week]]. Results: "
            "One hundred and twelve patients (56 per group) completed the study. MELD "
            "fell by 2.9 points in the [[MSC|c:msc#MSC group]] group and by 0.8 points in the SMT "
            "group (P = 0.003), and serum albumin rose by 3.1 g/L versus 0.6 g/L. Two patients had "
            "a transient fever after the second infusion. Survival [[at 48 weeks|f:48,week]] was 91% and 85% "
            "(P = 0.39). Conclusions: [[Three|s:3]] [[intravenous|r:iv]] doses of "
            "[[UC-MSCs|c:uc]] improved liver function in decompensated cirrhosis."
        ),
        body=[
            (
                "Our regimen followed a dose-finding study in which [[UC-MSCs|c:uc]] were infused "
                "monthly for 3 months in [[45 patients|n:45]] at three dose levels "
                "([[0.5|d:5e5,cells/kg,-]], [[1.0|d:1e6,cells/kg,-]] and "
                "[[2.0 × 10^6 cells/kg|d:2e6,cells/kg,-]]) and which reported no dose-limiting toxicity. "
                "In the present trial, liver tests were repeated every 2 weeks during treatment and "
                "at weeks 12, 24, 36 and [[48|f:48,week]]; ultrasound was performed twice, at "
                "entry and at the final visit. Cells were released after three passages and two "
                "washes, and each bag held 60 mL."
            ),
        ],
        notes=(
            "Other condition (cirrhosis): marked only where the contract has a value - cell types, "
            "dose, intravenous route, sessions, sample sizes and follow-up; MELD, albumin and "
            "survival are not hormones, so there is no hormone fact. Arms 'SMT group' and 'MSC "
            "group'; the cells, dose, route and sessions of the MSC group carry its label, and "
            "'MSC group' holds a cell type (msc: the letters are bare). 'one hundred and twenty' "
            "(in words) is the sample; '112 patients (56 per group) completed' is a subset of it "
            "(no fact). The cited dose-finding study: '45 patients' and its three doses (a list: "
            "one fact each; 0.5 and 1.0 read with the unit of the last, 10^6 cells/kg); 'monthly "
            "for 3 months' is a frequency with a duration and states no count (no sessions fact, "
            "doubtful). Traps: 219 screened, Child-Pugh >= 7, 'three dose levels', 'after the "
            "second infusion' (ordinal of the three counted doses), fever in two patients, "
            "survival at 48 weeks and MELD at week 24 (times at which outcomes were measured: "
            "follow-up mentions), liver tests every 2 weeks (and weeks 12 ... 48: one follow-up, 48 weeks), "
            "ultrasound twice, three passages, two washes, 60 mL per bag (a bag, not stated as "
            "given: unmarked), over 30 minutes."
        ),
        layout={"columns": 2, "font": "sans"},
        batch=10,
    ),
    # ------------------------------------------------------------------ 101
    RealText(
        id="zh_blind101_ucmsc_single_vs_double_rct",
        lang="zh",
        kind="clinical",
        title=(
            "经阴道超声引导下[[卵巢内注射|r:io,tvus]][[脐带间充质干细胞|c:uc]][[单次|s:1]]与"
            "[[2次|s:2]]治疗早发性卵巢功能不全的随机对照研究"
        ),
        authors="周雅琴, 邓立峰, 韩梦",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "目的　比较[[单次|s:1]]与[[重复|s:-]][[卵巢内注射|r:io]][[人脐带间充质干细胞|c:uc]]"
            "（[[hUC-MSCs|c:uc]]）治疗早发性卵巢功能不全（POI）的疗效。"
            "方法　2021年1月至2023年6月在本院生殖中心就诊的POI患者中，经筛查符合标准者共"
            "[[68例|n:68]]，按随机数字表法分为[[单次注射|s:1#单次注射组]]组和"
            "[[2次注射|s:2#2次注射组]]组，每组[[34例|n:34]]。POI诊断标准为40岁前月经稀发或停经"
            "≥4个月，间隔4周以上2次FSH>25 IU/L。两组均在经阴道超声引导下[[向双侧卵巢内各注射|r:io,tvus]]"
            "[[hUC-MSCs|c:uc]] [[1×10^7个|d:1e7,cells,ovary]]（溶于[[1 mL|d:1,mL,ovary]]生理盐水），每侧卵巢穿刺"
            "2～3点；[[2次注射|s:2#2次注射组]]组于首次注射后间隔1个月再注射1次，剂量、途径同前。"
            "全部患者于治疗后第1、3、6、[[12个月|f:12,month]]复查血清FSH、LH、E2、AMH及窦卵泡计数（AFC）。"
            "结果　失访4例，最终60例完成随访。[[治疗后6个月|f:6,month]]，[[2次注射|s:2#2次注射组]]组"
            "[[FSH较治疗前明显下降|h:FSH,dec#2次注射组]]（P<0.05），[[AMH|h:AMH,inc#2次注射组]]、"
            "[[E2均升高|h:E2,inc#2次注射组]]（P<0.05），[[LH无明显变化|h:LH,nc#2次注射组]]；"
            "[[单次注射|s:1#单次注射组]]组[[FSH|h:FSH,nc#单次注射组]]、"
            "[[AMH较治疗前差异无统计学意义|h:AMH,nc#单次注射组]]（P>0.05）。"
            "两组[[AFC均较治疗前增加|h:AFC,inc]]。随访期间共妊娠5例（[[2次注射|s:2#2次注射组]]组4例，"
            "[[单次注射|s:1#单次注射组]]组1例），其中3例经体外受精-胚胎移植获得。"
            "结论　间隔1个月的[[2次|s:2]][[卵巢内注射|r:io]][[hUC-MSCs|c:uc]]较[[单次|s:1]]注射更能"
            "[[降低POI患者FSH水平|h:FSH,dec]]、[[提高AMH|h:AMH,inc]]。"
        ),
        body=[],
        notes=(
            "Chinese RCT abstract, two arms named by their count (单次注射组, 2次注射组): every "
            "mention of a group with its head word 组 is a sessions fact of that arm. Title, "
            "目的 and 结论 compare the regimens (no arm). '每组34例' is each_arm (no arm). "
            "'再注射1次' (one more injection after the first) is left unmarked: the group's total "
            "is 2, and '1次' there counts an added injection, not the sessions (doubtful). "
            "'两组AFC均较治疗前增加' speaks of both groups: no arm. '治疗后6个月' stands in its own "
            "clause before the group is named: follow-up without arm. Coordinated hormones "
            "(AMH、E2均升高; FSH、AMH…差异无统计学意义) give one fact each, the span on each "
            "hormone. Traps: 间隔4周以上2次FSH>25 IU/L (threshold, two measurements), 停经≥4个月, "
            "40岁前, 每侧卵巢穿刺2～3点 (punctures), 间隔1个月 (interval), 失访4例 and 60例完成随访 "
            "(a subset of the 68), 妊娠5例 / 4例 / 1例 / 3例 (outcome counts), 体外受精-胚胎移植, "
            "time points 第1、3、6、12个月 (one follow-up: 12 months)."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=10,
    ),
    # ------------------------------------------------------------------ 102
    RealText(
        id="zh_blind102_amsc_exosome_times_rat",
        lang="zh",
        kind="animal",
        title=(
            "[[人羊膜间充质干细胞|c:am]]来源[[外泌体|c:ev]]不同给药次数对雷公藤多苷致卵巢早衰大鼠"
            "性激素的影响"
        ),
        authors="陈思远, 马晓丽, 吴国栋",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        species="rat",
        abstract=(
            "背景：[[人羊膜间充质干细胞|c:am]]（[[hAMSCs|c:am]]）来源的[[外泌体|c:ev]]"
            "（[[hAMSC|c:am]]-[[Exos|c:ev]]）可改善卵巢功能，但给药次数对疗效的影响尚不清楚。"
            "目的：观察[[单次|s:1]]与[[多次|s:-]][[尾静脉注射|r:iv]][[hAMSC|c:am]]-[[Exos|c:ev]]对"
            "卵巢早衰大鼠血清性激素的影响。"
            "方法：取8周龄SD雌性大鼠50只，随机抽取10只作为正常对照组，其余40只以雷公藤多苷"
            "[[50 mg/(kg·d)|d:50,mg/kg,-]]灌胃，连续14 d建立卵巢早衰模型。造模成功的36只大鼠随机"
            "分为模型组、[[单次给药|s:1#单次给药组]]组和[[多次给药|s:-#多次给药组]]组，每组12只。"
            "[[单次给药|s:1#单次给药组]]组[[经尾静脉|r:iv#单次给药组]]注射"
            "[[hAMSC|c:am#单次给药组]]-[[Exos|c:ev#单次给药组]] [[100 μg|d:100,ug,-#单次给药组]]"
            "（溶于[[0.5 mL|d:0.5,mL,-#单次给药组]] PBS）[[1次|s:1#单次给药组]]；"
            "[[多次给药|s:-#多次给药组]]组每周注射1次，[[共4次|s:4#多次给药组]]，每次剂量与途径同前；"
            "模型组于相同时间点注射等体积PBS。各组大鼠于[[末次给药后2周|f:2,week]]取血，采用ELISA法检测血清FSH、LH、"
            "E2及AMH水平，HE染色计数各级卵泡。"
            "结果：造模后大鼠动情周期紊乱，血清FSH升高、AMH降低，提示造模成功。与模型组比较，"
            "[[单次给药|s:1#单次给药组]]组和[[多次给药|s:-#多次给药组]]组血清"
            "[[FSH水平均降低|h:FSH,dec]]，[[E2|h:E2,inc]]、[[AMH水平均升高|h:AMH,inc]]（P<0.05）；"
            "[[多次给药|s:-#多次给药组]]组[[LH亦降低|h:LH,dec#多次给药组]]（P<0.05），而"
            "[[单次给药|s:1#单次给药组]]组[[LH与模型组比较差异无统计学意义|h:LH,nc#单次给药组]]。"
            "[[多次给药|s:-#多次给药组]]组[[FSH下降|h:FSH,dec]]幅度大于[[单次给药|s:1#单次给药组]]组"
            "（P<0.01）。"
            "结论：[[hAMSC|c:am]]-[[Exos|c:ev]]可[[降低卵巢早衰大鼠FSH水平|h:FSH,dec]]，"
            "[[重复给药4次|s:4]]的效果优于[[单次|s:1]]给药。"
        ),
        body=[
            (
                "体外实验中，以50、100、200 μg/mL [[hAMSC|c:am@human]]-[[Exos|c:ev@human]]处理H2O2"
                "损伤的人颗粒细胞系KGN 24 h，重复3次独立实验。[[外泌体|c:ev@human]]经超速离心法"
                "提取，粒径为80～140 nm，BCA法测定蛋白浓度。各组大鼠每日行阴道涂片，连续观察10 d。"
            ),
        ],
        notes=(
            "Rat study (species rat by default). Arms named by their number of sessions: "
            "单次给药组 (1) and 多次给药组 ('多次' = repeated: count null in the name; '共4次' for "
            "its regimen, both marked). '每周注射1次' is a frequency (no fact); '1次' of the single "
            "group is its count. hAMSC-Exos is two mentions (amniotic MSC + vesicles). "
            "'单次给药组和多次给药组…均降低/均升高' names two groups together: the sessions in each "
            "name carry its arm, the hormone changes carry none. '多次给药组FSH下降幅度大于单次给药组' "
            "compares the sizes of changes (the FSH fall without arm). Conclusion: '重复给药4次' and "
            "'单次' compare regimens (no arm). The in-vitro paragraph's exosomes are cell-type "
            "mentions without species (@human removes the rat default; doubtful whether in-vitro "
            "material counts). Traps: 50 and 36 and 10 rats, 每组12只 (animals, no sample size), "
            "8周龄, 雷公藤多苷灌胃 (gavage: no route id) 连续14 d (no sessions; its dose 50 mg/kg "
            "per day is a model-drug dose, unit mg/kg), 等体积PBS in the model group, model "
            "validation (FSH升高、AMH降低 after modelling: no fact), 50/100/200 μg/mL "
            "(concentrations), 24 h, 重复3次独立实验, 80～140 nm, 每日阴道涂片连续10 d."
        ),
        layout={"columns": 2, "font": "sans"},
        batch=10,
    ),
    # ------------------------------------------------------------------ 103
    RealText(
        id="zh_blind103_prp_injection_count_dor_cohort",
        lang="zh",
        kind="clinical",
        title="自体富血小板血浆[[卵巢内注射|r:io]]次数与卵巢储备功能减退患者激素变化的回顾性分析",
        authors="林晓, 贺春燕, 彭卫东",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "【摘要】目的　探讨自体富血小板血浆（PRP）[[卵巢内注射|r:io]]次数对卵巢储备功能减退（DOR）"
            "患者血清激素及窦卵泡数的影响。方法　回顾性分析2020年3月至2023年12月在本院接受PRP"
            "[[卵巢内注射|r:io]]的DOR患者[[95例|n:95]]，根据注射次数分为[[1次|s:1#1次组]]组"
            "（[[41例|n:41#1次组]]）、[[2次|s:2#2次组]]组（[[36例|n:36#2次组]]）和"
            "[[3次|s:3#3次组]]组（[[18例|n:18#3次组]]）。结果　[[末次注射后3个月|f:3,month]]，"
            "[[3次|s:3#3次组]]组[[AMH较注射前升高|h:AMH,inc#3次组]]，其余两组"
            "[[AMH未见明显升高|!h:AMH,inc]]；三组[[FSH|h:FSH,nc]]、[[E2|h:E2,nc]]注射前后差异均无统计学意义。"
            "结论　对于DOR患者，[[多次|s:-]]PRP[[卵巢内注射|r:io]]可能有助于[[提高AMH水平|h:AMH,inc]]。"
        ),
        body=[
            (
                "1　资料与方法　1.1　研究对象　共收集同期行PRP治疗的DOR患者132例，排除资料不全者21例、"
                "同时接受生长激素预处理者16例，最终纳入[[95例|n:95]]。DOR诊断标准：年龄<40岁，"
                "AMH<1.1 ng/mL和（或）双侧AFC<7个，基础FSH 10～25 IU/L。1.2　PRP制备及注射　"
                "抽取肘静脉血20 mL，经两次离心（第1次200×g 10 min，第2次1 500×g 15 min）制备PRP约"
                "4 mL。于月经干净后3～7 d，在经阴道超声引导下以17G取卵针穿刺双侧卵巢，"
                "[[向每侧卵巢内注入|r:io,tvus]]PRP [[2 mL|d:2,mL,ovary]]（分2～3个穿刺点）。首次注射后若AMH未升高，"
                "间隔4～6周可重复注射，[[最多3次|s:3]]。1.3　观察指标　全部患者于末次注射后1、"
                "[[3个月|f:3,month]]检测血清FSH、E2、AMH及AFC，并[[随访至末次注射后6个月|f:6,month]]。"
            ),
            (
                "2　结果　2.1　一般资料　三组患者年龄、体质量指数及基线FSH、AMH比较，差异无统计学意义"
                "（P>0.05）。2.2　激素及AFC变化　[[末次注射后3个月|f:3,month]]，[[3次|s:3#3次组]]组"
                "[[AMH较注射前升高|h:AMH,inc#3次组]]（0.52±0.21 vs 0.38±0.17 ng/mL，P=0.012），"
                "[[AFC增加|h:AFC,inc#3次组]]（P=0.031）；[[2次|s:2#2次组]]组"
                "[[AMH呈上升趋势，但差异无统计学意义|h:AMH,nc#2次组]]（P=0.087）；[[1次|s:1#1次组]]组"
                "[[AMH|h:AMH,nc#1次组]]、[[FSH均无明显变化|h:FSH,nc#1次组]]。三组[[E2|h:E2,nc]]注射前后"
                "比较差异均无统计学意义。2.3　妊娠结局　随访期间，[[95例|n:95]]患者共行IVF/ICSI周期87个，"
                "平均获卵（3.1±1.8）枚，可利用胚胎（1.4±1.1）枚，临床妊娠11例（[[1次|s:1#1次组]]组3例、"
                "[[2次|s:2#2次组]]组4例、[[3次|s:3#3次组]]组4例）。[[3次|s:3#3次组]]组失访2例。"
            ),
        ],
        notes=(
            "Retrospective cohort (生殖医学杂志-like abstract plus 资料与方法/结果). Three arms named "
            "by their count (1次组, 2次组, 3次组): every mention of a group with 组 is a sessions "
            "fact of that arm, also inside the brackets of outcome counts. '其余两组AMH未见明显升高' "
            "(two of three groups together) is a negated increase without arm. '最多3次' ('up to "
            "three') is the study's cap: sessions 3 without arm (doubtful). '2次组AMH呈上升趋势，但差异"
            "无统计学意义' is read as no change (a trend that the test did not confirm; doubtful). "
            "'多次' in the conclusion is count null. '首次注射后若AMH未升高' is a condition for a repeat "
            "injection, not a finding (unmarked). Traps: 共收集132例 (collected, then 37 "
            "excluded: not a sample), 21例/16例 excluded, 年龄<40岁, AMH<1.1, AFC<7, FSH 10～25 "
            "(thresholds), 肘静脉血20 mL (harvest), 两次离心/第1次/第2次 (centrifugations), PRP约4 mL "
            "(prepared, not the injected volume), 月经干净后3～7 d, 17G, 2～3个穿刺点, 间隔4～6周 "
            "(interval), baseline comparison (no fact), IVF/ICSI周期87个, 获卵3.1枚, 胚胎1.4枚, "
            "临床妊娠11例 and 3/4/4例, 失访2例 (outcome counts). Follow-up: 1、3个月 (a list: the "
            "last, 3 months), 随访至6个月, and '末次注射后3个月' in abstract and results (a time at "
            "which outcomes were measured, in its own clause before a group is named: no arm)."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=10,
    ),
    # ------------------------------------------------------------------ 104
    RealText(
        id="zh_blind104_case_series_ovarian_artery_ucmsc",
        lang="zh",
        kind="case",
        title="[[经卵巢动脉|r:oa,ir]]介入移植[[脐带间充质干细胞|c:uc]]治疗卵巢早衰[[3例|n:3]]报告",
        authors="孙立平, 黄蕾, 钱志刚",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "1　病例资料　[[本组3例|n:3]]均为继发性闭经的卵巢早衰（POF）患者，年龄29～37岁，闭经"
            "11～40个月，至少间隔1个月2次检测FSH>40 IU/L，均有生育要求，既往激素替代治疗6～24个月"
            "无效。移植方法：局部麻醉下经右股动脉穿刺，在数字减影血管造影（DSA）引导下将微导管"
            "[[超选择插入双侧卵巢动脉|r:oa,ir]]，每侧缓慢注入[[脐带间充质干细胞|c:uc]]（[[UC-MSCs|c:uc]]）"
            "悬液[[5 mL|d:5,mL,ovary]]（含细胞[[2.5×10^7个|d:2.5e7,cells,ovary]]），共"
            "[[5×10^7个|d:5e7,cells,-]]。术后平卧24 h，每周复查血常规、肝肾功能各1次，共4次。"
        ),
        body=[
            (
                "例1，31岁，闭经26个月。于2022年5月行[[UC-MSCs|c:uc#例1]]介入移植，[[术后2个月|f:2,month#例1]]"
                "[[FSH下降不明显|!h:FSH,dec#例1]]，遂于2022年8月行[[第2次|s:2#例1]]移植，方法同前。"
                "[[第2次|s:2#例1]][[移植后3个月|f:3,month#例1]][[FSH由86.2 IU/L降至21.5 IU/L|h:FSH,dec#例1]]，"
                "[[E2升至152 pg/mL|h:E2,inc#例1]]，术后5个月恢复自然月经，"
                "[[随访18个月|f:18,month#例1]]月经基本规律。"
                "例2，37岁，闭经40个月，仅行[[1次|s:1#例2]]移植。术后"
                "[[FSH|h:FSH,nc#例2]]、[[LH无明显变化|h:LH,nc#例2]]，"
                "[[AMH仍低于0.01 ng/mL|h:AMH,nc#例2]]，[[随访12个月|f:12,month#例2]]未恢复月经。"
                "例3，29岁，闭经11个月，先后[[共移植3次|s:3#例3]]，每次间隔8周，剂量同前。"
                "[[末次移植后6个月|f:6,month#例3]]复查，[[AMH由0.08 ng/mL升至0.35 ng/mL|h:AMH,inc#例3]]，"
                "[[AFC由1个增至4个|h:AFC,inc#例3]]；此后经促排卵获卵2枚，形成可移植胚胎1枚，目前尚未移植。"
                "[[3例|n:3]]术中、术后均未出现发热、过敏及穿刺部位血肿。"
            ),
            (
                "2　讨论　经卵巢动脉途径可使干细胞直接到达卵巢，避免[[静脉输注|r:iv]]时大量细胞滞留于"
                "肺内。Ding等^[6]对[[8例|n:8]]POF患者[[经卵巢动脉|r:oa]]移植自体骨髓单个核细胞，"
                "[[随访1年|f:1,year]]，2例[[FSH下降|h:FSH,dec]]并恢复月经。[[本组3例|n:3]]疗效不一，"
                "提示移植次数、患者年龄及闭经时间可能影响疗效，但病例数少，尚需扩大样本验证。"
            ),
        ],
        notes=(
            "Case series of three (病例报告); each case named by its number (例1, 例2, 例3) is an "
            "arm until the next case is named. 本组3例 (twice), 3例 (all cases) and 3例 in the title: the sample (no arm). "
            "例1: no count of its sessions is stated, so the ordinal '第2次' (twice) gives 2 (its first "
            "graft is not called 首次). 例3: '共移植3次' states 3. 例2: '仅行1次'. Follow-up per "
            "case (第2次移植后3个月, 随访18个月, 随访12个月, 末次移植后6个月). '术后2个月FSH下降不明显' "
            "is read as a negated decrease (a fall denied; doubtful: could be a hedged decrease), "
            "and 术后2个月 as a follow-up mention of 例1. '术后5个月恢复自然月经' is time to an event. Discussion: "
            "a cited study [6] with 8 patients, follow-up 1 year and an FSH fall; bone marrow "
            "mononuclear cells have no canonical id (unmarked); '2例' is an outcome count; "
            "'静脉输注' is a route named in a general statement (marked, doubtful). Traps: ages, "
            "闭经月数, 2次检测FSH>40 (threshold/measurements), 激素替代6～24个月, 股动脉穿刺 "
            "(vascular access), 局部麻醉, 平卧24 h, 每周复查…各1次共4次 (blood tests, not "
            "sessions), 每次间隔8周 (interval), 获卵2枚, 胚胎1枚, 病例数少. '共5×10^7个' has "
            "no per in the text (per null)."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=10,
    ),
    # ------------------------------------------------------------------ 105
    RealText(
        id="zh_blind105_ucmsc_scaffold_asherman_rct",
        lang="zh",
        kind="clinical",
        title="[[脐带间充质干细胞|c:uc]]复合胶原支架宫腔内移植治疗重度宫腔粘连的随机对照研究",
        authors="刘婉婷, 郑凯, 许安琪",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "目的　评价[[脐带间充质干细胞|c:uc]]（[[UC-MSC|c:uc]]）复合胶原支架预防重度宫腔粘连"
            "分离术后再粘连的效果。方法　选取2021年6月至2023年3月于本院宫腔镜中心确诊的重度宫腔"
            "粘连（美国生育协会评分≥9分）患者[[80例|n:80]]，采用随机数字表法分为研究组和对照组，"
            "[[各40例|n:40]]。两组均行宫腔镜下宫腔粘连分离术，术后口服戊酸雌二醇[[4 mg|d:4,mg,-]]/d"
            "连续21 d，共3个周期。研究组于术后第3天起将负载[[UC-MSC|c:uc#研究组]] "
            "[[1×10^7个|d:1e7,cells,-#研究组]]的胶原支架经宫颈置入宫腔，每月1次，"
            "[[共3次|s:3#研究组]]；对照组同法置入不含细胞的空白胶原支架。全部患者于[[术后3个月|f:3,month]]行"
            "二次宫腔镜检查，并[[随访12个月|f:12,month]]。结果　研究组脱落3例，对照组脱落4例，最终"
            "73例完成随访。[[术后3个月|f:3,month]]，研究组美国生育协会评分低于对照组"
            "（3.2±1.4 vs 5.1±2.0，P<0.001），再粘连率分别为16.2%和41.7%；两组"
            "[[血清E2较术前均无明显变化|h:E2,nc]]（P>0.05），提示子宫内膜改善并非由雌激素水平升高"
            "所致。随访期间研究组妊娠11例，对照组妊娠5例。结论　宫腔粘连分离术后"
            "[[3次|s:3]]宫腔内移植[[UC-MSC|c:uc]]复合支架可减少再粘连，且[[对血清雌激素水平无明显影响|h:E2,nc]]。"
        ),
        body=[
            (
                "细胞制备：[[UC-MSC|c:uc]]由本院细胞治疗中心按GMP标准制备，取第4代细胞，流式细胞术"
                "鉴定CD73、CD90、CD105阳性率>95%。每枚胶原支架（1.5 cm×2.0 cm）滴加细胞悬液0.5 mL"
                "（2×10^7个/mL），37 ℃孵育2 h后使用。移植当日及[[移植后第7天|f:7,day]]各抽血1次检测E2及孕酮；"
                "二次宫腔镜由不知分组的医师完成。研究组中2例因支架脱出仅完成"
                "[[2次|s:2#研究组]]移植，仍纳入意向性分析。"
            ),
        ],
        notes=(
            "Other condition (intrauterine adhesions, Asherman syndrome): marked only where the "
            "contract has a value - cell type, cell dose, sessions, sample size, follow-up, serum "
            "E2 (no_change, both groups). The transcervical intrauterine placement has no route id "
            "(unmarked). Estradiol valerate 4 mg/d is a drug of both groups' protocol: a dose "
            "(mg, no arm); '连续21 d，共3个周期' is daily dosing in cycles (no sessions). Arms "
            "研究组 and 对照组; '各40例' each_arm. '每月1次，共3次' states the total. The body's "
            "'2例…仅完成2次移植' is a subgroup formed afterwards: its count (2例) is no sample, and its 2 sessions are a sessions fact of the study group. Traps: "
            "评分≥9分 (threshold), 脱落3例/4例, 73例完成随访 (subset), 妊娠11例/5例, 16.2%/41.7%, "
            "二次宫腔镜 ('second-look' hysteroscopy: not sessions), 术后第3天, 第4代, >95%, "
            "1.5 cm×2.0 cm, 0.5 mL of suspension dropped on the scaffold (not injected; unmarked), "
            "2×10^7个/mL (concentration), 2 h, blood twice (各抽血1次; the "
            "time points 移植当日及移植后第7天 give one follow-up, 7 days). '对血清雌激素水平无明显影响' "
            "is an E2 no_change; '改善并非由雌激素水平升高所致' denies a cause, not a change "
            "(unmarked, doubtful)."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=10,
    ),
    # ------------------------------------------------------------------ 106
    RealText(
        id="zh_blind106_review_dosing_schedules",
        lang="zh",
        kind="review",
        title="[[间充质干细胞|c:msc]]及其[[外泌体|c:ev]]治疗卵巢功能不全的给药方案研究进展",
        authors="何静怡, 罗振宇",
        journal=_J,
        year=2026,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "【摘要】[[间充质干细胞|c:msc]]（[[MSCs|c:msc]]）及其[[外泌体|c:ev]]为卵巢功能不全的治疗提供了新思路，但"
            "细胞来源、剂量、途径及给药次数尚无统一标准。本文从移植次数与间隔、动物实验中的给药"
            "方案以及临床研究的样本量与随访时间三个方面进行综述。"
        ),
        body=[
            (
                "1　移植次数与间隔　目前临床研究多采用[[一次性|s:1]]移植。Zhang等^[12]对"
                "[[15例|n:15]]POI患者在腹腔镜下[[卵巢内注射|r:io,lap]]自体[[骨髓间充质干细胞|c:bm]]"
                "（[[BMSCs|c:bm]]）[[5×10^6个|d:5e6,cells,ovary]]/侧，仅注射[[1次|s:1]]，"
                "[[随访6个月|f:6,month]]，其中4例[[FSH降至25 IU/L以下|h:FSH,dec]]。亦有研究采用"
                "[[重复|s:-]]移植：王某等^[13]将[[60例|n:60]]患者随机分为两组，[[各30例|n:30]]，"
                "观察组于首次注射后间隔1个月再注射1次（[[共2次|s:2#观察组]]），对照组仅注射"
                "[[1次|s:1#对照组]]，[[治疗后3个月|f:3,month]]两组[[AMH均升高|h:AMH,inc]]，以观察组升高"
                "更明显。"
            ),
            (
                "2　动物实验中的给药方案　Li等^[14]以白消安[[20 mg/kg|d:20,mg/kg,-@mouse]]联合环磷酰胺"
                "[[120 mg/kg|d:120,mg/kg,-@mouse]][[单次|s:1@mouse]][[腹腔注射|r:ip@mouse]]建立小鼠"
                "卵巢早衰模型，经[[尾静脉|r:iv@mouse]]注射[[人脐带MSC|c:uc@mouse]]来源"
                "[[外泌体|c:ev@mouse]] [[150 μg|d:150,ug,-@mouse]]，每周1次，[[共4次|s:4@mouse]]，"
                "[[末次注射后1周|f:1,week@mouse]]小鼠血清[[E2|h:E2,inc@mouse]]、"
                "[[AMH明显升高|h:AMH,inc@mouse]]。而在D-半乳糖[[200 mg/kg|d:200,mg/kg,-@rat]]连续"
                "[[皮下注射|r:sc@rat]]42 d诱导的大鼠卵巢衰老模型中^[15]，[[单次|s:1@rat]]"
                "[[腹腔注射|r:ip@rat]][[BMSCs|c:bm@rat]] [[2×10^6个|d:2e6,cells,-@rat]]即可使"
                "[[FSH下降|h:FSH,dec@rat]]，且效果可维持至[[注射后8周|f:8,week@rat]]。"
                "不同研究中外泌体剂量从25 μg到200 μg不等，给药间隔3～7 d，尚难比较。"
            ),
            (
                "3　样本量与随访时间　一项纳入11项研究、共[[436例|n:436]]患者的Meta分析^[16]显示，"
                "干细胞治疗后[[FSH降低|h:FSH,dec]]（MD=-12.4 IU/L，95%CI：-17.0～-7.8），"
                "[[AMH升高|h:AMH,inc]]，而[[E2的变化差异无统计学意义|h:E2,nc]]。需要指出的是，现有"
                "临床研究的样本量多不足50例，随访时间多不超过12个月，且多数研究未设对照组；"
                "今后应开展多中心、大样本的随机对照试验，明确最佳移植次数。"
            ),
        ],
        notes=(
            "Chinese review (综述) citing ^[12]-^[16]; facts of cited studies are facts. In a "
            "review a group name labels its own sentence only: 观察组 (共2次) and 对照组 (1次) of "
            "^[13]; '两组AMH均升高，以观察组升高更明显' speaks of both groups and compares the sizes "
            "of changes (no arm). '首次注射' and '再注射1次' of ^[13] are left unmarked (the total, "
            "共2次, is stated; doubtful for '再注射1次'). Model drugs of ^[14] (busulfan, "
            "cyclophosphamide: doses, 单次, 腹腔注射, mouse) and ^[15] (D-galactose: dose, 皮下注射, "
            "rat; '连续42 d' no sessions). '每周1次，共4次' states 4. Traps: 4例 (outcome count), "
            "FSH降至25 IU/L以下 (a fall whose target is a threshold: a decrease), 11项研究 (studies: "
            "the 436 patients are the sample), 25 μg到200 μg不等 (a range across studies, no "
            "study's dose: unmarked, doubtful), 间隔3～7 d, 不足50例 and 不超过12个月 (bounds), "
            "MD and 95%CI, 干细胞 (generic: no cell type), 间充质干细胞/MSCs of title and abstract "
            "(source not given: msc)."
        ),
        layout={"columns": 2, "font": "sans"},
        batch=10,
    ),
]
