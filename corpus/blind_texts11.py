"""Invented papers written for litx by an annotator who had not seen its rules (eleventh batch).

Twelve short texts (eight English, four Chinese) shaped like the abstracts and
methods/results passages of the field: randomised and single-arm trials,
cohorts, case reports and series, mouse/rat/rabbit studies and a review
paragraph, plus three texts on cell, exosome or PRP therapy for another
condition (marked only where the contract has a value).  They belong to the
development part of the invented papers (studied and tuned on, unlike
corpus/heldout_texts.py).  All names and numbers are invented; the fact marks
``[[words|spec]]`` follow corpus/ANNOTATION.md and the markup of
corpus/make_papers.py (plus ``@animal`` for a rabbit, as in corpus/real).
"""

from __future__ import annotations

try:
    from real_texts import RealText
except ImportError:  # pragma: no cover - run from the repository root
    from corpus.real_texts import RealText

_LICENCE = "CC BY 4.0 (written for litx)"
_JOURNAL = "litx blind set"

BLIND11: list[RealText] = [
    # ------------------------------------------------------------------
    RealText(
        id="en_blind107_bmmsc_single_arm_registry",
        lang="en",
        kind="clinical",
        title=(
            "A [[single|s:1]] [[intraovarian injection|r:io]] of autologous "
            "[[bone marrow-derived mesenchymal stromal cells|c:bm]] in premature ovarian "
            "insufficiency: a phase I, single-arm study"
        ),
        authors="Halvorsen K, Oduya PM, Brennan-Ruiz S",
        journal=_JOURNAL,
        year=2025,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "**Objective:** To assess the safety and early endocrine effect of autologous "
            "[[BM-MSCs|c:bm]] in premature ovarian insufficiency (POI). "
            "**Design:** Prospective, open-label, single-arm, phase I. "
            "**Setting:** Tertiary reproductive centre. "
            "**Patients:** [[22|n:22]] women aged 26–39 years with POI (amenorrhoea ≥ 4 months "
            "and FSH > 25 IU/L twice, ≥ 4 weeks apart). "
            "**Intervention:** Iliac-crest marrow aspirate (60 mL); cells expanded to passage 3; "
            "[[10 × 10^{6}|d:1e7,cells,ovary]] cells in [[0.5 mL|d:0.5,mL,ovary]] saline per ovary, "
            "[[injected into both ovaries under transvaginal ultrasound guidance|r:io,tvus]], "
            "[[once|s:1]]. "
            "**Main outcome measures:** Adverse events; serum FSH, E2 and AMH, and AFC, at 1, 3, 6 "
            "and [[12 months|f:12,month]]. "
            "**Results:** Twenty women completed the [[12-month|f:12,month]] visit; two withdrew "
            "after month 3. There was no serious adverse event; three women reported pelvic pain "
            "for less than 48 h. Median [[FSH fell|h:FSH,dec]] from 72.5 (IQR 55.0–94.1) to 44.8 "
            "(29.7–70.2) IU/L at [[month 6|f:6,month]] (P = 0.003) and was 51.3 IU/L at "
            "[[month 12|f:12,month]]. [[E2 increased|h:E2,inc]] in 8 of 20 women; "
            "[[AMH did not change|h:AMH,nc]] (median 0.03 vs 0.04 ng/mL, P = 0.52) and "
            "[[AFC was unchanged|h:AFC,nc]]. Five women resumed menses, at a median of 9 weeks "
            "after injection; one conceived spontaneously in month 10 and delivered at term. "
            "**Conclusions:** A [[single|s:1]] [[intraovarian|r:io]] dose of [[BM-MSCs|c:bm]] "
            "appeared safe and was followed by [[lower FSH|h:FSH,dec]], but "
            "[[AMH did not rise|!h:AMH,inc]]; a controlled trial is needed."
        ),
        body=[
            ("**Cell product.** Mononuclear cells from the aspirate were plated at 1 × 10^{5} "
            "cells/cm^{2} and passaged at 80% confluence; cells were released at passage 3 if "
            "viability was ≥ 90% and CD73, CD90 and CD105 were expressed by ≥ 95% of them. The "
            "final suspension held 2 × 10^{7} cells/mL."),
            ("**Procedure.** Under intravenous propofol sedation, a 17-G needle was passed "
            "[[through the vaginal fornix into each ovary under ultrasound view|r:io,tvus]] and "
            "the suspension was released at three to five cortical sites. The whole dose, "
            "[[2 × 10^{7}|d:2e7,cells,-]] cells for the two ovaries, was given in one sitting, "
            "and no woman had a second injection. Visits were scheduled 1, 3, 6 and "
            "[[12 months|f:12,month]] after the procedure, with blood drawn on cycle day 2–4 "
            "where cycles occurred and on a random day otherwise."),
        ],
        notes=(
            "Terse registry-style structured abstract. Traps: the diagnostic threshold (FSH > 25 "
            "IU/L) and amenorrhoea duration; the marrow harvest volume (60 mL, not a dose); "
            "passage 3; a concentration in vitro (1 × 10^5 cells/cm^2) and of the product "
            "(2 × 10^7 cells/mL), neither a dose; 'Twenty women completed' is a subset of the 22 "
            "(no sample fact); the two withdrawals; time to menses and to conception are times "
            "to an event (no follow-up); 'intravenous propofol sedation' is anaesthesia (no "
            "route); 'no woman had a second injection' is a reference to the counted single "
            "session (no fact). Conventions: per ovary for '10 × 10^6 cells in 0.5 mL saline "
            "per ovary' (both numbers); the total '2 × 10^7 cells for the two ovaries' per null; "
            "the list of visits gives one follow-up, the last point; 'at month 6' and 'at month "
            "12' where FSH was measured are follow-up mentions (guide: time at which an outcome "
            "was measured); 'AMH did not rise' a negated increase, 'did not change' no_change."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=11,
    ),
    # ------------------------------------------------------------------
    RealText(
        id="en_blind108_hucmsc_rct_discussion",
        lang="en",
        kind="clinical",
        title=(
            "[[Umbilical cord mesenchymal stem cells|c:uc]] plus hormone replacement versus "
            "hormone replacement alone in premature ovarian insufficiency: a randomised trial"
        ),
        authors="Marchetti L, Yoon H-J, Adeyemi-Clarke T, Sørensen B",
        journal=_JOURNAL,
        year=2026,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "It remains uncertain whether the modest endocrine improvements reported after cell "
            "therapy in premature ovarian insufficiency (POI) are any larger than what hormone "
            "replacement therapy (HRT) would achieve by itself. We therefore randomly assigned "
            "[[64|n:64]] women with POI, every one of whom had already failed at least one IVF "
            "cycle, to HRT together with [[human umbilical cord MSCs|c:uc]] "
            "([[hUC-MSCs|c:uc]]; the [[MSC|c:msc#MSC group]] group, [[n = 32|n:32#MSC group]]) or to HRT alone (the "
            "control group, [[n = 32|n:32#control group]]). Women in the [[MSC|c:msc#MSC group]] group were given "
            "[[2 × 10^{7}|d:2e7,cells,-#MSC group]] cells in total, divided between the two "
            "ovaries in [[1 mL|d:1,mL,-#MSC group]] of saline and "
            "[[injected into the ovarian cortex under transvaginal ultrasound guidance|r:io,tvus#MSC group]], "
            "and the procedure was done [[twice|s:2#MSC group]], four weeks apart. Follow-up "
            "lasted [[12 months|f:12,month]] from the first injection. Outcomes were compared at "
            "[[six months|f:6,month]]. By then [[FSH had fallen|h:FSH,dec#MSC group]] in the [[MSC|c:msc#MSC group]] "
            "group, from 71.2 ± 15.8 to 48.6 ± 19.3 IU/L, whereas in the control group "
            "[[FSH was essentially unchanged|h:FSH,nc#control group]] (69.8 ± 17.1 vs 66.0 ± 18.4 "
            "IU/L). The between-group difference in AMH did not reach significance (P = 0.18), "
            "although in the [[MSC|c:msc#MSC group]] group [[AFC increased|h:AFC,inc#MSC group]] by a mean of 1.4 "
            "follicles. Four women in the [[MSC|c:msc#MSC group]] group and one in the control group conceived. We "
            "would not, on these data, recommend the treatment outside trials."
        ),
        body=[
            ("Our findings sit uneasily beside the more enthusiastic single-arm reports. Lindqvist "
            "and colleagues [14], for instance, treated [[15|n:15]] women with a [[single|s:1]] "
            "[[laparoscopic intraovarian injection|r:io,lap]] of [[bone marrow MSCs|c:bm]] and "
            "described how [[AMH rose|h:AMH,inc]] in nine of them by the "
            "[[three-month|f:3,month]] visit; without a comparison group, however, the natural "
            "fluctuation of AMH in POI, which may be considerable, cannot be separated from any "
            "effect of the cells. We chose not to give the cells "
            "[[intravenously|!r:iv]], because the only systemic study we know of [17] saw no "
            "difference in FSH. It is conceivable that [[repeated injections|s:-]] at shorter "
            "intervals, or a larger dose, would have moved AMH as well; equally, a fall in FSH "
            "of the size we observed might have occurred in the control group had its women not "
            "been taking HRT, which itself suppresses gonadotrophins."),
        ],
        notes=(
            "Wordy abstract in running prose plus a discussion paragraph. Arms 'MSC group' and "
            "'control group' (labels with head word, as printed). 'Follow-up lasted 12 months' "
            "opens a follow-up sentence: no arm; 'Outcomes were compared at six months' speaks of "
            "both groups: no arm. Traps: total dose divided between two ovaries (per null); four "
            "weeks apart is an interval; 'failed at least one IVF cycle'; the AMH between-group "
            "comparison (no direction, no fact); pregnancies are outcome counts; 'nine of them' "
            "is an outcome count of the cited study's 15; 'saw no difference in FSH' in the "
            "cited study [17] — no change between groups, left unmarked (a comparison, and "
            "'FSH' without treatment group); HRT suppressing gonadotrophins is general "
            "(unnamed hormone). 'We chose not to give the cells intravenously' is a negated "
            "route of the own study; 'repeated injections' hedged, sessions null (a hypothetical "
            "regimen; doubtful whether it should count). Discussion: group names label their own "
            "sentence only; the cited study's facts carry study ['14'] in the gold (not "
            "expressible in the mark syntax)."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=11,
    ),
    # ------------------------------------------------------------------
    RealText(
        id="en_blind109_pmsc_exosome_cisplatin_mice",
        lang="en",
        kind="animal",
        title=(
            "[[Exosomes|c:ev]] from [[human placental mesenchymal stem cells|c:pl]] attenuate "
            "cisplatin-induced ovarian injury in mice"
        ),
        authors="Qureshi AF, Nakamura R, Delacroix É",
        journal=_JOURNAL,
        year=2024,
        doi="",
        url="",
        licence=_LICENCE,
        species="mouse",
        abstract=(
            "[[Exosomes|c:ev]] secreted by [[placental MSCs|c:pl]] ([[hPMSC-Exos|c:ev]]) carry "
            "anti-apoptotic microRNAs, but whether they protect the ovary against platinum "
            "chemotherapy is unknown. We induced ovarian injury in C57BL/6 mice with cisplatin "
            "and then gave [[hPMSC-Exos|c:ev]] at two doses [[through the tail vein|r:iv]]. "
            "[[Four weeks|f:4,week]] after the last injection, the high dose had "
            "[[reduced serum FSH|h:FSH,dec#Exo-H]] and [[raised AMH|h:AMH,inc#Exo-H]] relative "
            "to cisplatin-only mice, and had preserved primordial follicles. The [[exosomes|c:ev@human]] may "
            "offer a cell-free route to [[improving AMH|h:AMH,inc@human]] in women after "
            "chemotherapy."
        ),
        body=[
            ("**2.3 Animals and treatment.** Female C57BL/6 mice (7–8 weeks, 18–21 g) were housed "
            "under a 12-h light cycle. After one week of acclimatisation, 40 mice were randomly "
            "divided into four groups (n = 10 each): control, cisplatin (CDDP), CDDP + low-dose "
            "[[exosomes|c:ev#Exo-L]] (Exo-L) and CDDP + high-dose [[exosomes|c:ev#Exo-H]] (Exo-H). Ovarian injury was induced "
            "by [[intraperitoneal|r:ip]] cisplatin, [[2 mg/kg|d:2,mg/kg,-]] daily for 7 days; "
            "controls received an equal volume of saline. Twenty-four hours after the last "
            "cisplatin dose, mice were injected [[via the tail vein|r:iv]] with "
            "[[50 μg|d:50,ug,-#Exo-L]] (Exo-L) or [[150 μg|d:150,ug,-#Exo-H]] (Exo-H) of exosomal "
            "protein in [[0.1 mL|d:0.1,mL,-]] PBS, once every three days, for a total of "
            "[[three injections|s:3]]; CDDP mice received PBS on the same schedule. [[Exosomes|c:ev]] were "
            "isolated from the medium of passage 3–5 [[hPMSCs|c:pl]] by ultracentrifugation (particle "
            "diameter 40–140 nm), and in vitro, KGN cells were exposed to 20 μg/mL [[exosomes|c:ev]] for "
            "24 h."),
            ("**3.2 Hormones.** CDDP mice had higher FSH and lower AMH than controls "
            "(P < 0.01), confirming the model. [[Four weeks|f:4,week]] after the third injection, "
            "compared with the CDDP group, [[FSH was lower|h:FSH,dec#Exo-H]] and "
            "[[E2|h:E2,inc#Exo-H]] and [[AMH higher|h:AMH,inc#Exo-H]] in the Exo-H group. In the "
            "Exo-L group [[only AMH rose|h:AMH,inc#Exo-L]] (P = 0.04), and "
            "[[FSH did not differ|h:FSH,nc#Exo-L]] from that of CDDP mice."),
        ],
        notes=(
            "Animal methods voice; default species mouse. The closing clinical promise "
            "('improving AMH in women') carries @human (guide: clinical promise in an animal "
            "paper has no species) — doubtful whether a hedged promise with no treatment given "
            "is a fact; marked because the guide counts expected changes. Arms Exo-L / Exo-H "
            "(the abbreviations printed after each group; the abstract's 'high dose' is Exo-H). "
            "Traps: 40 mice and n = 10 each (animals, no sample); mouse weights; 'daily for 7 "
            "days' of cisplatin (a duration of daily dosing: no sessions); saline for controls "
            "(a vehicle, no route); 'Twenty-four hours after the last cisplatin dose' counted "
            "from the model (no follow-up); 'once every three days' a frequency, the total "
            "'three injections' is the sessions fact (no arm: both exosome groups); particle "
            "sizes; 20 μg/mL in vitro (a concentration); model validation CDDP vs control (no "
            "fact); '0.1 mL PBS' the injected volume (a dose, both groups, no arm); 'the third "
            "injection' an ordinal of a counted series (no fact)."
        ),
        layout={"columns": 2, "font": "sans"},
        batch=11,
    ),
    # ------------------------------------------------------------------
    RealText(
        id="en_blind110_prp_dor_case_report",
        lang="en",
        kind="case",
        title=(
            "Live birth after autologous platelet-rich plasma [[injected into the ovaries|r:io]] of "
            "a woman with diminished ovarian reserve: a case report"
        ),
        authors="Okonkwo-Reid J, Farias MC",
        journal=_JOURNAL,
        year=2023,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "[[Intraovarian|r:io]] platelet-rich plasma (PRP) is offered more and more often to "
            "women with poor ovarian reserve, on little evidence. We describe a 38-year-old "
            "woman with an AMH of 0.21 ng/mL who had [[two|s:2]] "
            "[[transvaginal ultrasound-guided intraovarian PRP injections|r:io,tvus]] a month "
            "apart, after which [[AMH|h:AMH,inc]] and [[AFC rose|h:AFC,inc]] and "
            "[[FSH fell|h:FSH,dec]]; she conceived in her third IVF cycle and delivered a "
            "healthy boy."
        ),
        body=[
            ("**Case.** A 38-year-old nulligravida was referred with two years of infertility and "
            "cycles of 35–60 days. On cycle day 3, FSH was 19.6 IU/L, E2 41 pg/mL and AFC 2 (one "
            "follicle in each ovary); AMH was 0.21 ng/mL. Two IVF cycles elsewhere had yielded "
            "one oocyte and none. After counselling she chose PRP. Fifty-four millilitres of "
            "venous blood was drawn into citrate tubes and centrifuged twice, giving 4 mL of PRP "
            "with a platelet count 4.6 times that of whole blood. Under intravenous sedation, "
            "[[2 mL|d:2,mL,ovary]] was "
            "[[injected into each ovary under transvaginal sonographic guidance|r:io,tvus]] with "
            "a 17-G oocyte-retrieval needle. The injection was repeated after 30 days in the same "
            "way; in all she had [[two procedures|s:2]]."),
            ("**Outcome.** [[Six weeks|f:6,week]] after the second procedure "
            "[[AMH had risen|h:AMH,inc]] to 0.58 ng/mL, [[FSH had fallen|h:FSH,dec]] to 9.8 IU/L "
            "and [[AFC had increased|h:AFC,inc]] to 5, while [[E2 did not change|h:E2,nc]] "
            "appreciably (41 vs 47 pg/mL on day 3). Antagonist stimulation began in the next "
            "cycle, with hCG given subcutaneously as the trigger; three oocytes were retrieved, "
            "and one of two day-3 embryos was transferred. A singleton pregnancy followed and "
            "she delivered at 38 weeks. At her last visit, [[14 months|f:14,month]] after the "
            "first injection, she was menstruating every 30–34 days."),
        ],
        notes=(
            "Case narrative of one woman: no sample fact (a single case report; 'a 38-year-old "
            "woman' is not counted), no arms. PRP is not a cell type: no cell_type facts. The "
            "opening 'Intraovarian platelet-rich plasma' is a general statement of the route "
            "(marked, human). Traps: baseline hormone values and AFC 2; the harvest volume (54 "
            "mL of blood) and 4 mL of PRP prepared (a yield, not what was injected; only '2 mL' "
            "into each ovary is the dose, per ovary); 'centrifuged twice' (processing, not "
            "sessions); 'a month apart' / 'after 30 days' intervals; 'Two IVF cycles' and 'her "
            "third IVF cycle' (not sessions of the therapy); intravenous sedation and hCG given "
            "subcutaneously (not routes); 'the second procedure'/'the first injection' ordinals "
            "of a counted series; delivery at 38 weeks (gestation, not follow-up); cycle length. "
            "'AMH and AFC rose' coordinated: two facts, 'AMH' alone and 'AFC rose'."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=11,
    ),
    # ------------------------------------------------------------------
    RealText(
        id="en_blind111_msc_exosome_review_synthesis",
        lang="en",
        kind="review",
        title=(
            "[[Mesenchymal stem cells|c:msc]] and their [[exosomes|c:ev]] for premature ovarian "
            "insufficiency: a narrative review of clinical and animal studies"
        ),
        authors="Bergström A, Tanaka-Whitfield M, Iyer RS",
        journal=_JOURNAL,
        year=2026,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "We searched for clinical and animal reports, published between 2012 and 2025, of "
            "cell-based and cell-free treatments for premature ovarian insufficiency (POI). The "
            "clinical studies are small, mostly uncontrolled and short; cells were given by "
            "[[injection into the ovary|r:io]] or by [[infusion through the ovarian artery|r:oa]], "
            "and the usual report is that [[FSH falls|h:FSH,dec]] while AMH changes little. "
            "Animal work is more consistent but relies on chemotherapy models that recover in "
            "part without treatment."
        ),
        body=[
            ("**4.1 Clinical studies.** The largest single-arm series so far enrolled [[48|n:48]] "
            "women with POI, who received autologous [[adipose-derived stromal cells|c:ad]] "
            "([[ADSCs|c:ad]]), [[5 × 10^{6}|d:5e6,cells,ovary]] per ovary, by "
            "[[laparoscopic injection|r:io,lap]] [21]; [[FSH was reduced|h:FSH,dec]] at "
            "[[six months|f:6,month]], but [[AMH rose|h:AMH,inc]] in only seven women. Zhang et "
            "al. [23] randomised [[61|n:61]] women to [[one|s:1#one]] ([[n = 30|n:30#one]]) or "
            "[[two|s:2#two]] ([[n = 31|n:31#two]]) [[intraovarian injections|r:io]] of "
            "[[hUC-MSCs|c:uc]], [[1 × 10^{7}|d:1e7,cells,injection]] cells each time, and found "
            "that [[FSH fell|h:FSH,dec]] further after two injections, while AMH did not differ "
            "between arms at [[12 months|f:12,month]]. Two groups have given [[UC-MSCs|c:uc]] by "
            "[[superselective catheterisation of the ovarian artery|r:oa,ir]] [24, 25], and "
            "reported, in [[20|n:20]] and [[12|n:12]] women respectively, [[higher E2|h:E2,inc]] "
            "[[three months|f:3,month]] after a [[single|s:1]] infusion. A meta-analysis of nine "
            "studies with [[276|n:276]] women [26] estimated that [[AMH rose|h:AMH,inc]] by a "
            "pooled 0.34 ng/mL (95% CI 0.05–0.63), with wide heterogeneity; none of the included "
            "studies followed women for more than a year."),
            ("**4.2 Animal studies.** In rats given cyclophosphamide "
            "([[50 mg/kg|d:50,mg/kg,-@rat]] on day 1, then [[8 mg/kg|d:8,mg/kg,-@rat]] daily for "
            "14 days), [[BMSCs|c:bm@rat]] injected [[through the tail vein|r:iv@rat]] at "
            "[[2 × 10^{6}|d:2e6,cells,-@rat]] cells [[raised E2|h:E2,inc@rat]] and "
            "[[lowered FSH|h:FSH,dec@rat]] [27]. Mouse studies have mostly used "
            "[[exosomes|c:ev@mouse]]: those of [[MenSCs|c:men@mouse]], injected "
            "[[into the ovaries|r:io@mouse]] ([[10 μg|d:10,ug,ovary@mouse]] per ovary) "
            "[[twice|s:2@mouse]], restored oestrous cycles and normalised E2 [28]. The only "
            "rabbit study found that [[intravenous|r:iv@animal]] [[BMSCs|c:bm@animal]] "
            "[[did not lower FSH|!h:FSH,dec@animal]] [29]. Whether the "
            "[[intravenous route|r:iv]] can match [[direct ovarian injection|r:io]] has not been "
            "tested in patients, and it may be that [[exosomes|c:ev]] "
            "[[lower FSH|h:FSH,dec]] in women as they do in rodents."),
        ],
        notes=(
            "Review synthesis citing studies with bracketed markers [21]–[29]; every fact of a "
            "cited study carries its study in the gold (not expressible in the marks). Arms only "
            "for the randomised study [23], labelled by their values 'one' / 'two' (the unit "
            "'injections' is shared). Species: rat facts @rat, mouse facts @mouse, the rabbit "
            "study @animal (corpus/real convention). Traps: publication period 2012–2025; 'nine "
            "studies' (studies, no sample; the 276 women are); '20 and 12 women respectively' "
            "are two cited studies, not arms; 'in only seven women' an outcome count; 'FSH fell "
            "further after two injections' is a comparison of the sizes of change (the fact, no "
            "arm); 'AMH did not differ between arms' a between-arm comparison (no fact); "
            "'restored oestrous cycles and normalised E2' has no direction (no fact); 'none ... "
            "for more than a year' a bound (no follow-up); 'daily for 14 days' a duration (no "
            "sessions); '1 × 10^7 cells each time' per injection. Doubtful: the general "
            "statements of routes ('intravenous route', 'direct ovarian injection', and in the "
            "abstract) and the closing hedged FSH decrease with exosomes in women (marked, no "
            "species); the abstract's 'FSH falls' (a generalisation over the cited studies)."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=11,
    ),
    # ------------------------------------------------------------------
    RealText(
        id="en_blind112_mensc_dose_route_rats",
        lang="en",
        kind="animal",
        title=(
            "Dose and route of [[menstrual blood-derived stem cells|c:men]] in a "
            "busulfan/cyclophosphamide rat model of premature ovarian insufficiency"
        ),
        authors="Varga T, Mbeki NL, Castellanos D",
        journal=_JOURNAL,
        year=2025,
        doi="",
        url="",
        licence=_LICENCE,
        species="rat",
        abstract=(
            "**Background:** [[Menstrual blood-derived stem cells|c:men@human]] "
            "([[MenSCs|c:men@human]]) have been delivered [[intravenously|r:iv@human]] or "
            "[[into the ovary|r:io@human]] at doses that differ ten-fold, and the two routes have "
            "not been compared. "
            "**Methods:** POI was induced in Sprague-Dawley rats by a [[single|s:1]] "
            "[[intraperitoneal injection|r:ip]] of busulfan ([[20 mg/kg|d:20,mg/kg,-]]) and "
            "cyclophosphamide ([[120 mg/kg|d:120,mg/kg,-]]). Seven days later the rats received "
            "[[MenSCs|c:men]] [[once|s:1]]: [[1 × 10^{6}|d:1e6,cells,-#low-dose group]] cells "
            "[[by tail vein|r:iv#low-dose group]] (low-dose group), "
            "[[5 × 10^{6}|d:5e6,cells,-#high-dose group]] cells "
            "[[by tail vein|r:iv#high-dose group]] (high-dose group) or "
            "[[1 × 10^{6}|d:1e6,cells,-#intraovarian group]] cells "
            "[[injected into both ovaries|r:io#intraovarian group]] (intraovarian group); model "
            "rats received PBS (n = 8 per group). "
            "**Results:** At [[4 weeks|f:4,week]], both [[intravenous|r:iv]] doses "
            "[[lowered FSH|h:FSH,dec]] compared with model rats. [[E2 rose|h:E2,inc#high-dose group]] "
            "only in the high-dose group, and in the low-dose group "
            "[[AMH did not differ|h:AMH,nc#low-dose group]] from model values. In the "
            "intraovarian group [[FSH fell|h:FSH,dec#intraovarian group]] and "
            "[[AMH rose|h:AMH,inc#intraovarian group]]. "
            "**Conclusion:** Given locally, a fifth of the cells did what the larger systemic "
            "dose did."
        ),
        body=[
            ("**2.4 Transplantation.** [[MenSCs|c:men]] (passage 4–6; 1 × 10^{7} cells/mL in PBS) were "
            "given under isoflurane anaesthesia. For the intraovarian group, the ovaries were "
            "exposed through a dorsal incision and each received "
            "[[5 × 10^{5}|d:5e5,cells,ovary#intraovarian group]] cells "
            "[[injected into the ovarian parenchyma|r:io#intraovarian group]] with a 30-G needle. "
            "Vaginal smears were read daily from day 10 to day 24 after transplantation. Four "
            "rats per group were killed at [[2|f:2,week]] and four at [[4 weeks|f:4,week]] "
            "after transplantation, with blood taken from the abdominal aorta."),
            (
                "table",
                ("Table 2. Serum hormones [[4 weeks|f:4,week]] after transplantation (mean ± SD, "
                "n = 4 per group; *P < 0.05 vs model)"),
                [
                    ["Group", "FSH (IU/L)", "E2 (pg/mL)", "AMH (ng/mL)"],
                    ["Control", "4.1 ± 0.6", "38.2 ± 5.1", "6.9 ± 0.8"],
                    ["Model", "9.8 ± 1.2", "17.5 ± 3.9", "2.1 ± 0.5"],
                    ["Low-dose", "6.7 ± 1.0*", "19.8 ± 4.4", "2.6 ± 0.7"],
                    ["High-dose", "5.9 ± 0.9*", "29.6 ± 4.8*", "3.9 ± 0.6*"],
                    ["[[Intraovarian|r:io#intraovarian group]]", "5.6 ± 0.8*", "27.1 ± 5.2*",
                     "4.4 ± 0.9*"],
                ],
                [0.31, 0.23, 0.23, 0.23],
            ),
        ],
        notes=(
            "Rat study; default species rat. Background routes and cells are general statements "
            "(@human removes the default). Arms: 'low-dose group', 'high-dose group', "
            "'intraovarian group' (each named in brackets after its regimen; the label covers "
            "the dose and route of its list item); the table rows 'Low-dose'/'High-dose' are "
            "the same arms (no facts in them); the row 'Intraovarian' names the route (marked, "
            "doubtful). Traps: one intraperitoneal injection of two model drugs (one sessions "
            "fact, two doses); 'Seven days later' counted from the model; n = 8 per group and "
            "n = 4 (animals); the concentration 1 × 10^7 cells/mL; passage 4–6; 1 × 10^6 cells "
            "into both ovaries (total, per null) vs 5 × 10^5 each (per ovary); 'both "
            "intravenous doses lowered FSH' (both groups: no arm); 'AMH did not differ from "
            "model values' a no_change of the treated group against untreated model rats; "
            "smears daily from day 10 to 24 (a window of observation, not follow-up); "
            "'killed at 2 and 4 weeks' two follow-up facts; isoflurane anaesthesia and blood "
            "from the aorta (no routes); the table's hormone values state no direction."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=11,
    ),
    # ------------------------------------------------------------------
    RealText(
        id="en_blind113_ucmsc_exosome_hydrogel_rabbit_iua",
        lang="en",
        kind="animal",
        title=(
            "[[Umbilical cord MSC|c:uc]]-derived [[exosomes|c:ev]] in a collagen hydrogel limit "
            "endometrial fibrosis in a rabbit model of intrauterine adhesion"
        ),
        authors="Ferreira-Lind P, Haddad S, Kowalczyk E",
        journal=_JOURNAL,
        year=2024,
        doi="",
        url="",
        licence=_LICENCE,
        species="animal",
        abstract=(
            "**Objective:** To test whether [[exosomes|c:ev]] of [[human umbilical cord mesenchymal stem "
            "cells|c:uc]] ([[hUCMSC-Exos|c:ev]]), held in the uterine cavity by a collagen hydrogel, "
            "reduce fibrosis after endometrial injury, and whether they act when given "
            "systemically. "
            "**Methods:** Thirty New Zealand white rabbits (2.5–3.0 kg) had both uterine horns "
            "curetted and exposed to 95% ethanol for 3 min, and were allocated to sham (n = 6), "
            "injury (n = 8), gel (n = 8) and systemic (n = 8) groups. The gel group had "
            "[[100 μg|d:100,ug,-#gel group]] of [[exosomes|c:ev#gel group]] in "
            "[[0.2 mL|d:0.2,mL,-#gel group]] of hydrogel instilled into each horn; the systemic "
            "group received [[200 μg|d:200,ug,-#systemic group]] "
            "[[into the marginal ear vein|r:iv#systemic group]]. Treatment was given at the time "
            "of injury and again on day 7 ([[two applications|s:2]]), and uteri were removed "
            "[[28 days|f:28,day]] after the first. "
            "**Results:** The fibrotic area fell from 41.3% ± 6.2% in injured horns to "
            "22.5% ± 5.1% with the gel and to 33.0% ± 6.8% with systemic [[exosomes|c:ev]], and gland "
            "counts rose in both treated groups. Serum [[E2 did not change|h:E2,nc]] in either "
            "treated group. After mating, five of eight gel-group does conceived, against one of "
            "eight injured does. "
            "**Conclusion:** Local delivery of [[hUCMSC-Exos|c:ev]] in a hydrogel was more "
            "effective than the same [[exosomes|c:ev]] given [[intravenously|r:iv]]."
        ),
        body=[
            ("**Exosome preparation.** [[hUCMSCs|c:uc]] at passage 4 were grown in serum-free "
            "medium for 48 h, and [[exosomes|c:ev]] were collected by ultracentrifugation at "
            "100 000 × g (diameter 60–130 nm; CD63^{+}, TSG101^{+}). Protein was measured by BCA "
            "assay, and the [[exosomes|c:ev]] were mixed with the collagen solution at 0.5 mg/mL just "
            "before use. In vitro, 1 × 10^{5} endometrial stromal cells per well were exposed "
            "to TGF-β1 with or without 50 μg/mL [[exosomes|c:ev]]. The rabbits were anaesthetised with "
            "intravenous ketamine and xylazine, and blood was drawn from the central ear artery "
            "before injury and on day 28."),
        ],
        notes=(
            "Another condition (intrauterine adhesion; uterus, not ovary), marked only where the "
            "contract has a value: the instillation into the uterine horn has no route id "
            "(unmarked); the ear-vein injection is intravenous. Rabbits: species 'animal' "
            "(corpus/real convention for a named species other than mouse/rat). Arms 'gel group' "
            "and 'systemic group'; 'two applications' (both treated groups, no arm); the "
            "follow-up '28 days after the first' is said of the whole experiment. Doubtful: the "
            "dose 'into each horn' has no per value in the contract (per null); 'the same "
            "exosomes given intravenously' in the conclusion is a route of the study (marked); "
            "every mention of 'exosomes' is a cell_type, also the in-vitro one (the therapy's "
            "name, as in en_blind109); 'hUCMSC-Exos' one mention (extracellular_vesicle). "
            "Traps: rabbit weights; n = 6/8 (animals); ethanol exposure time; percentages of "
            "fibrotic area; 0.5 mg/mL and 50 μg/mL (concentrations); 1 × 10^5 cells per well "
            "in vitro; 100 000 × g; ketamine/xylazine intravenously (anaesthesia, no route); "
            "blood from the ear artery (no route); 'on day 28' a blood draw counted from injury "
            "(same day as the follow-up, left unmarked); conceptions (outcome counts)."
        ),
        layout={"columns": 2, "font": "sans"},
        batch=11,
    ),
    # ------------------------------------------------------------------
    RealText(
        id="en_blind114_prp_thin_endometrium_cohort",
        lang="en",
        kind="clinical",
        title=(
            "Intrauterine autologous platelet-rich plasma before frozen embryo transfer in women "
            "with thin endometrium: a retrospective cohort study"
        ),
        authors="Demir A, Lowenthal RB, Achebe-Sato N",
        journal=_JOURNAL,
        year=2025,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "**Background:** Thin endometrium (< 7 mm on the day progesterone would start) lowers "
            "implantation rates, and intrauterine platelet-rich plasma (PRP) is widely used for "
            "it without controlled evidence. "
            "**Methods:** Retrospective cohort of [[214|n:214]] women with thin endometrium and "
            "262 frozen–thawed embryo transfer (FET) cycles, 2019–2023. [[Ninety-seven|n:97#PRP group]] "
            "women had intrauterine PRP (PRP group) and [[117|n:117#control group]] had no "
            "adjuvant (control group). In the PRP group, [[1 mL|d:1,mL,-#PRP group]] of PRP "
            "(platelets 3.8–5.2 times baseline) was infused through an embryo-transfer catheter "
            "on cycle days 10 and 12, [[two infusions|s:2#PRP group]] in all; in 23 women a third "
            "infusion on day 14 was added when the lining was still below 7 mm. In the PRP "
            "group, thickness was re-measured [[two days|f:2,day#PRP group]] after the second "
            "infusion. "
            "**Results:** In the PRP group the endometrium thickened from 5.8 ± 0.6 to "
            "7.1 ± 0.9 mm (P < 0.001), and 81 women (83.5%) reached transfer, against 74 (63.2%) "
            "of the control group. Clinical pregnancy rates per transfer were 39.5% and 27.0% "
            "(adjusted OR 1.71, 95% CI 1.02–2.86). Serum E2 on the day of transfer did not "
            "differ between groups. Women were followed until 12 weeks of gestation. "
            "**Conclusions:** [[Two|s:2]] intrauterine infusions of PRP were associated with a "
            "thicker endometrium and more pregnancies; a randomised trial is warranted."
        ),
        body=[],
        notes=(
            "Another condition (thin endometrium), marked only where the contract has a value: "
            "the intrauterine infusion has no route id (unmarked); PRP is not a cell type. "
            "Arms 'PRP group' and 'control group' (the sentence 'In the PRP group, thickness was "
            "re-measured two days after the second infusion' carries the PRP group). The "
            "conclusion's 'Two intrauterine infusions' opens a conclusion: no arm. Traps: the "
            "threshold '< 7 mm' (twice); 262 FET cycles (cycles, not patients); 2019–2023; "
            "platelet enrichment; cycle days 10, 12 and 14; 'in 23 women a third infusion' (a "
            "subgroup formed afterwards and an ordinal of a counted series: no sample, no "
            "sessions); 81 and 74 women reaching transfer (outcome counts); 'Serum E2 ... did "
            "not differ between groups' (a between-group comparison, no change after the "
            "intervention: no fact); 'followed until 12 weeks of gestation' (gestational age, "
            "not a length of observation after the treatment: unmarked, doubtful)."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=11,
    ),
    # ------------------------------------------------------------------
    RealText(
        id="zh_blind115_hucmsc_rct_structured",
        lang="zh",
        kind="clinical",
        title=(
            "[[经阴道超声引导下卵巢内注射|r:io,tvus]][[人脐带间充质干细胞|c:uc]]治疗早发性卵巢功能"
            "不全的随机对照研究"
        ),
        authors="林若溪, 邵景明, 欧阳蕾",
        journal=_JOURNAL,
        year=2024,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "【摘要】 目的 探讨[[人脐带间充质干细胞|c:uc]]（[[hUC-MSCs|c:uc]]）卵巢内移植联合激素补充"
            "治疗（HRT）对早发性卵巢功能不全（POI）患者卵巢功能的影响。 方法 选取2021年3月至2023年6月"
            "在本院生殖中心就诊的POI患者[[80例|n:80]]（诊断标准：年龄<40岁，停经≥4个月，间隔4周以上"
            "2次FSH>25 U/L），按随机数字表法分为观察组和对照组，各[[40例|n:40]]。两组均予雌孕激素序贯"
            "治疗；观察组在此基础上于[[经阴道超声引导下行双侧卵巢内注射|r:io,tvus#观察组]]"
            "[[hUC-MSCs|c:uc#观察组]]，每侧卵巢[[1×10^{7}个|d:1e7,cells,ovary#观察组]]"
            "（[[1 mL|d:1,mL,ovary#观察组]]），每月1次，共[[3次|s:3#观察组]]。比较两组治疗前及末次"
            "治疗后1、3、[[6个月|f:6,month]]血清FSH、LH、E2、AMH水平及AFC。 结果 观察组2例、对照组1例"
            "失访。末次治疗后[[6个月|f:6,month]]，观察组[[FSH|h:FSH,dec#观察组]]、"
            "[[LH水平较治疗前降低|h:LH,dec#观察组]]，[[E2|h:E2,inc#观察组]]、[[AMH|h:AMH,inc#观察组]]"
            "水平及[[AFC升高|h:AFC,inc#观察组]]（P均<0.05）；对照组[[FSH|h:FSH,dec#对照组]]、"
            "[[LH亦有所下降|h:LH,dec#对照组]]，但[[AMH|h:AMH,nc#对照组]]、"
            "[[AFC无明显变化|h:AFC,nc#对照组]]。治疗后[[6个月|f:6,month]]，与对照组比较，观察组"
            "[[FSH更低|h:FSH,dec#观察组]]、[[AMH更高|h:AMH,inc#观察组]]（P<0.05）。观察组治疗后月经"
            "恢复9例，自然妊娠2例；3例注射后出现轻度下腹痛，均自行缓解。 结论 "
            "[[经阴道超声引导下卵巢内注射|r:io,tvus]][[hUC-MSCs|c:uc]][[3次|s:3]]可"
            "[[降低POI患者FSH水平|h:FSH,dec]]、[[提高AMH|h:AMH,inc]]，近期安全性良好，远期疗效有待"
            "延长随访观察。"
        ),
        body=[],
        notes=(
            "中华妇产科杂志-like structured abstract (【摘要】 目的/方法/结果/结论) of a two-arm RCT. "
            "Arms 观察组 and 对照组; '各40例' gives each arm (no label). The time clauses "
            "'末次治疗后6个月，' and '治疗后6个月，' are clauses of their own before the group is "
            "named: follow-up without arm. '与对照组比较，观察组FSH更低' is the treated group's "
            "decrease (the compared group is no subject). Traps: diagnostic criteria (年龄<40岁, "
            "停经≥4个月, '2次FSH>25 U/L' a measurement, not sessions); '每月1次' a frequency (the "
            "total '共3次' is the sessions fact); the list of visits 1、3、6个月 (one fact, the "
            "last); 失访 counts, 完成 not stated; menses/pregnancies/pain as outcome counts; "
            "'（1 mL）' after the per-ovary cell number read as the volume per ovary; "
            "'延长随访观察' no follow-up value. The control group's FSH/LH fall is marked (an "
            "arm's change after its own treatment, HRT), doubtful whether the guide means to "
            "count a control arm on active HRT."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=11,
    ),
    # ------------------------------------------------------------------
    RealText(
        id="zh_blind116_haec_gtw_rats_methods_results",
        lang="zh",
        kind="animal",
        title="[[人羊膜上皮细胞|c:haec]]移植对雷公藤多苷致卵巢早衰大鼠性激素水平的影响",
        authors="郑书航, 米晓雯, 乔立峰",
        journal=_JOURNAL,
        year=2023,
        doi="",
        url="",
        licence=_LICENCE,
        species="rat",
        abstract=(
            "1 材料与方法 1.1 动物与分组 SPF级雌性SD大鼠40只，8周龄，体质量(200±20) g。适应性喂养"
            "1周后，随机分为正常对照组、模型组、低剂量组和高剂量组，每组10只。除正常对照组外，其余大鼠以"
            "雷公藤多苷（GTW）[[50 mg/kg|d:50,mg/kg,-]]灌胃，每日1次，连续14 d；以动情周期紊乱≥2个"
            "周期、血清FSH升高作为造模成功标准。 1.2 细胞制备与移植 [[人羊膜上皮细胞|c:haec]]"
            "（[[hAECs|c:haec]]）取自剖宫产足月胎盘羊膜，胰酶消化后培养，取第2代细胞（CK19阳性率"
            ">95%）。造模结束后次日，低剂量组、高剂量组分别[[经尾静脉|r:iv]]注射[[hAECs|c:haec]] "
            "[[1×10^{6}个|d:1e6,cells,-#低剂量组]]、[[5×10^{6}个|d:5e6,cells,-#高剂量组]]（均溶于"
            "[[0.5 mL|d:0.5,mL,-]] PBS），7 d后重复注射1次，共[[2次|s:2]]；模型组同法注射等体积PBS。 "
            "1.3 检测指标 分别于末次注射后第[[2|f:2,week]]、[[4周|f:4,week]]（每组各5只）腹主动脉"
            "取血，ELISA法测定血清FSH、E2、AMH；取双侧卵巢行HE染色及卵泡计数。"
        ),
        body=[
            ("2 结果 2.1 血清性激素 与正常对照组比较，模型组FSH升高，E2、AMH降低（P<0.01），提示造模"
            "成功。末次注射后[[4周|f:4,week]]，与模型组比较，高剂量组[[FSH降低|h:FSH,dec#高剂量组]]，"
            "[[E2|h:E2,inc#高剂量组]]、[[AMH升高|h:AMH,inc#高剂量组]]（P<0.05）；低剂量组"
            "[[FSH有下降趋势|h:FSH,dec#低剂量组]]，但差异无统计学意义（P=0.08），"
            "[[AMH无明显变化|h:AMH,nc#低剂量组]]。末次注射后[[2周|f:2,week]]，两组"
            "[[E2均未见明显回升|!h:E2,inc]]。 2.2 卵巢组织学 高剂量组闭锁卵泡数较模型组减少，原始卵泡"
            "及各级生长卵泡数增多，间质纤维化减轻。 2.3 体外实验 将[[hAECs|c:haec]]（1×10^{5}个/孔）"
            "与顺铂损伤的大鼠颗粒细胞共培养48 h，颗粒细胞凋亡率由(32.4±3.1)%降至(18.7±2.5)%。"),
        ],
        notes=(
            "中国组织工程研究-like 材料与方法 + 结果 passage of a rat study; default species rat. "
            "Arms 低剂量组 / 高剂量组 (their doses given one to one with 分别; the route, the PBS "
            "volume and '共2次' are shared: no arm). Traps: 40 rats, 每组10只, 每组各5只 (animals); "
            "body weight; GTW given by gavage (no route id), '每日1次，连续14 d' (daily dosing, no "
            "sessions), the dose 50 mg/kg kept (a model drug); model criteria; passage 2 and CK19 "
            "positivity; '造模结束后次日' counted from the model (no follow-up); '7 d后重复注射1次' "
            "(the repeat, left unmarked: the total is '共2次'; doubtful); blood from the "
            "abdominal aorta (no route); model-versus-control validation (no fact); 'FSH有下降"
            "趋势，但差异无统计学意义' marked as a decrease (direction stated; doubtful); '两组E2均"
            "未见明显回升' a negated increase of both groups (no arm); '末次注射' ordinals of the "
            "counted series; histology 'follicles increased' (not AFC); in vitro cells per well "
            "and the cisplatin injury in vitro (no facts; hAECs there is still a cell_type "
            "mention). '第2、4周' of killing are two follow-up facts (separate cohorts), as in "
            "the guide's '10 or 30 days'."
        ),
        layout={"columns": 2, "font": "sans"},
        batch=11,
    ),
    # ------------------------------------------------------------------
    RealText(
        id="zh_blind117_ucmsc_ovarian_artery_case_series",
        lang="zh",
        kind="case",
        title=(
            "[[经卵巢动脉介入移植|r:oa,ir]][[脐带间充质干细胞|c:uc]]治疗卵巢早衰[[2例|n:2]]报告"
        ),
        authors="贺知秋, 戴文澜",
        journal=_JOURNAL,
        year=2023,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "【摘要】 报告[[2例|n:2]]卵巢早衰（POF）患者在数字减影血管造影（DSA）引导下"
            "[[经卵巢动脉|r:oa,ir]]移植[[脐带间充质干细胞|c:uc]]（[[UC-MSCs|c:uc]]）的治疗经过。例1"
            "移植[[2次|s:2#例1]]，术后[[FSH下降|h:FSH,dec#例1]]、月经恢复；例2[[单次|s:1#例2]]移植后"
            "[[FSH无明显变化|h:FSH,nc#例2]]。2例均未发生栓塞、发热等并发症。"
        ),
        body=[
            ("1 病例资料 例1 32岁，G0P0，因“停经2年，未避孕未孕1年”于2022年3月就诊。2次检测FSH分别为"
            "86.4、79.1 U/L，E2<18 pg/mL，AMH 0.01 ng/mL，染色体核型46,XX，诊断为POF。患者签署知情"
            "同意书后，于局部麻醉下经右侧股动脉穿刺，在DSA下将微导管"
            "[[超选择插入双侧卵巢动脉|r:oa,ir#例1]]，每侧缓慢推注[[UC-MSCs|c:uc#例1]]悬液"
            "[[5 mL|d:5,mL,ovary#例1]]（含细胞[[1×10^{7}个|d:1e7,cells,ovary#例1]]）。3个月后以同法"
            "行第2次移植，共移植[[2次|s:2#例1]]。第2次移植后[[3个月|f:3,month#例1]]复查，"
            "[[FSH降至|h:FSH,dec#例1]]31.2 U/L，[[E2升至|h:E2,inc#例1]]92 pg/mL，"
            "[[AMH仍未测出|h:AMH,nc#例1]]；其间月经来潮2次。随访至术后[[12个月|f:12,month]]，月经周期"
            "35～50 d，未妊娠。 例2 37岁，G1P1，继发闭经3年，FSH 102.5 U/L，AFC 0。于DSA引导下"
            "[[经双侧卵巢动脉|r:oa,ir#例2]]灌注[[UC-MSCs|c:uc#例2]]，总量"
            "[[2×10^{7}个|d:2e7,cells,-#例2]]，[[单次|s:1#例2]]治疗。术后[[6个月|f:6,month#例2]]复查，"
            "[[FSH|h:FSH,nc#例2]]、[[LH较术前无明显变化|h:LH,nc#例2]]，[[E2略有升高|h:E2,inc#例2]]，"
            "仍闭经。患者于术后9个月失访。"),
            ("2 讨论 既往报道多采用[[卵巢局部注射|r:io]]^[3]或[[静脉输注|r:iv]]^[4]。Zhou等^[6]对"
            "[[16例|n:16]]POF患者[[静脉输注|r:iv]][[骨髓MSC|c:bm]]，治疗后[[FSH未见下降|!h:FSH,dec]]。"
            "经卵巢动脉途径可使细胞直接到达卵巢，[[本组2例|n:2]]均未出现发热、栓塞等不良反应，但样本量"
            "小，疗效尚需大样本研究证实。"),
        ],
        notes=(
            "生殖医学杂志-like 病例报告 of two cases; 例1 and 例2 are arms (case series). The "
            "sentence '随访至术后12个月' opens the follow-up: no arm (guide), though it is case 1's. "
            "Traps: '2次检测FSH' (measurements), baseline FSH/E2/AMH/AFC and karyotype; local "
            "anaesthesia and '经右侧股动脉穿刺' (vascular access alone, no route); '每侧' = per "
            "ovary for case 1's volume and cells; '3个月后' an interval; '第2次移植' an ordinal of a "
            "counted series (no fact); '月经来潮2次' menses; '术后9个月失访' the time to an event "
            "(loss), not follow-up; case 2's '总量2×10^7个' per null; 'AMH仍未测出' read as no "
            "change (doubtful); in the discussion, routes of cited work ^[3] ^[4] and the cited "
            "study ^[6] (16 patients, 'FSH未见下降' a negated decrease); '本组2例' restates the "
            "whole series (marked as a sample mention, no arm; doubtful: could be read as a "
            "restatement); '样本量小' no fact."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=11,
    ),
    # ------------------------------------------------------------------
    RealText(
        id="zh_blind118_ucmsc_cirrhosis_cohort",
        lang="zh",
        kind="clinical",
        title="[[脐带间充质干细胞|c:uc]]输注治疗失代偿期乙型肝炎肝硬化的回顾性队列研究",
        authors="钱书远, 宁海燕, 卓一凡",
        journal=_JOURNAL,
        year=2024,
        doi="",
        url="",
        licence=_LICENCE,
        abstract=(
            "摘要：为评价[[脐带间充质干细胞|c:uc]]（[[UC-MSC|c:uc]]）[[经外周静脉输注|r:iv]]治疗"
            "失代偿期乙型肝炎肝硬化的疗效与安全性，回顾性分析2018年1月—2022年12月本院感染科收治的"
            "患者[[126例|n:126]]（Child-Pugh B级或C级），其中[[58例|n:58#联合组]]在常规内科治疗基础上"
            "接受[[UC-MSC|c:uc#联合组]]输注（联合组），[[68例|n:68#常规组]]仅予常规治疗（常规组）。联合组每次输注"
            "[[1×10^{6}个/kg|d:1e6,cells/kg,-#联合组]]，细胞悬液约[[100 mL|d:100,mL,-#联合组]]，每4周"
            "1次，共[[4次|s:4#联合组]]。两组均随访[[48周|f:48,week]]，联合组3例、常规组5例因肝移植或"
            "失访退出。结果显示，治疗后[[24周|f:24,week]]，联合组血清白蛋白升高、总胆红素下降，MELD评分"
            "由(18.6±3.9)分降至(14.2±3.5)分，均优于常规组（P<0.05）；48周累计生存率两组分别为91.4%"
            "和82.4%（P=0.12）。联合组输注后一过性发热6例次，未见严重不良反应。细胞制剂复苏后活率"
            "≥90%，浓度为1×10^{7}个/mL。提示在常规治疗基础上[[多次|s:-]]输注[[UC-MSC|c:uc]]可改善"
            "肝功能，但对生存的影响尚需前瞻性研究证实。"
        ),
        body=[],
        notes=(
            "Another condition (decompensated hepatitis B cirrhosis), unstructured 摘要 of a "
            "university journal; marked only where the contract has a value (no hormones). "
            "Arms 联合组 / 常规组 (names in brackets after their counts; 联合组 then named for its "
            "regimen). The UC-MSC mention in '接受UC-MSC输注（联合组）' carries 联合组 (the group is "
            "named in its clause; doubtful, the bracket could label the count only). '输注' alone (title, '接受UC-MSC输注') "
            "is not marked as a route (infusion without vessel); '经外周静脉输注' is intravenous. "
            "Traps: Child-Pugh class; study period; '每4周1次' a frequency (total '共4次'); "
            "'1×10^6个/kg' per null although '每次' is said (/kg units keep per null); the "
            "concentration 1×10^7个/mL and viability; withdrawals (outcome counts); '治疗后24周，' "
            "its own clause (follow-up, no arm); '48周累计生存率' a window of survival, not "
            "follow-up; '6例次' fever events; '多次输注' in the closing inference: sessions null, "
            "no arm."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=11,
    ),
]
