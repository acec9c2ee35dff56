"""Ways of saying how long patients or animals were followed after the
treatment (fact type ``follow_up``, rules/grammars/follow_up.yaml), in
sentences written for this test and found in no corpus file: follow words
with a duration in any order, medians, ranges and "± SD", "over a 2-year
follow-up", visits ("at the 6-month visit"), time points after the treatment
named by any words ("post-grafting", "after the intraovarian MSC
injection"), day and week numbers ("on day 28 post-injection", "at weeks 2,
4 and 8 after treatment": the last), heads naming the unit ("Follow-up
(months): 12", 随访（月）：12), "by the end of the 24-week study", "At month 6,",
"on post-transplant day 21", animal end points (sacrificed,
collected, 处死, 取卵巢), 治疗4周后, 随访至术后1年; and what is no follow-up:
ages, dosing durations, intervals between doses, frequencies, windows of
diagnosis, the time to an outcome (menses, pregnancy), the time after the
drug that made an animal model, dates, follow-up studies without a time."""

from __future__ import annotations

import pytest

from formkit import assert_in_no_corpus_file, facts

D, W, M, Y = "day", "week", "month", "year"

#: (sentence, the follow-ups found in it: (value, unit), in order)
EN = [
    # two killing times are two groups; of three or more the last stands for all (ANNOTATION.md)
    ("Hamsters were culled 10 or 20 days after the graft.", [(10, D), (20, D)]),
    ("Hamsters were culled 10, 20 or 40 days after the graft.", [(40, D)]),
    # a value an outcome had at a time, the number right after the verb
    ("Median serum albumin at month 9 was 3.4 g/dL in the treated patients.", [(9, M)]),
    # a list of time points written unit first: the last
    ("Walking tests were taken at baseline, week 6, week 18 and week 30.", [(30, W)]),
    # what the watching was for, between the verb and the time
    ("All recipients were observed for serious adverse reactions for 2 years.", [(2, Y)]),
    # an outcome kept as it was at a time
    ("Disability scores were unchanged in 14 of 17 recipients at 18 months.", [(18, M)]),
    # a study of a stated length and design, whatever it tests; a study that lasted a time
    ("A 9-month open-label randomized trial of cord-blood cells in children with autism.", [(9, M)]),
    ("The pilot trial ran for 40 weeks.", [(40, W)]),
    ("Overall, the duration of the study was 26 weeks.", [(26, W)]),
    # changes counted from baseline to a time point; outcomes over a time
    ("Changes from baseline to month 9 in the walking distance were compared.", [(9, M)]),
    ("Functional outcomes over 3 years were reported for every knee.", [(3, Y)]),
    # a time point before the outcome it dates, or before what an examination showed
    ("Graft survival at week 20 was the main outcome.", [(20, W)]),
    ("Biopsies at 6 weeks revealed dense collagen in the treated wounds.", [(6, W)]),
    # days named unit first, each with a bracket of figures: the last; "on" days of a schedule
    ("Scores were significantly better on Week 6 (2.1 ± 0.4) and Week 10 (1.7 ± 0.3) than before.", [(10, W)]),
    ("Gait was recorded on Days 0, 7, 30 and 60.", [(60, D)]),
    # a list after baseline, numbers in words before digits
    ("Quality of life was measured at baseline, three, nine and 18 months.", [(18, M)]),
    # the placement of an implant or a graft is the treatment a time is counted from; a title names
    # the study's length; "superior" reports an outcome; a bracket of figures may follow the time
    ("Bone fill was not better 4 months after scaffold placement.", [(4, M)]),
    ("Marrow cells for cleft repair: A 6-Month Pilot Study", [(6, M)]),
    ("Plasma was superior to saline for pain after 2 months.", [(2, M)]),
    ("The cells increased graft volume after 21 days (cell group, 340 ± 20 mL).", [(21, D)]),
    # a time after which an outcome changed, its change said by a verb or a noun
    ("Pain scores fell significantly after 9 months in the PRP arm.", [(9, M)]),
    ("There was a reduction in serum ferritin on the tenth day.", [(10, D)]),
    # a round or a stage of treatment counts a time as the treatment does
    ("Pigs were culled 3 and 9 weeks after the second round of cells.", [(3, W), (9, W)]),
    ("Two months after the first stage, oestradiol was measurable.", [(2, M)]),
    # the length of a schedule of visits, not the interval between them
    ("Knee scores were assessed at 3-month intervals for 3 years.", [(3, Y)]),
    # an outcome kept over a time
    ("The gain in walking distance was sustained for 9 months.", [(9, M)]),
    ("Disability scores stayed unchanged throughout 3 years of observation.", [(3, Y)]),
    # a period that ends before what was measured
    ("After a 10-week period, the pain score of the cell arm was 31.2 ± 8.0.", [(10, W)]),
    # a later time after the last of a schedule of visits
    ("Women were reviewed every 6 weeks until week 30 and then at week 52.", [(52, W)]),
    ("Patients were followed for a median of 18 months (range 6-30).", [(18, M)]),
    ("Over a 2-year follow-up, no ovarian tumour was detected.", [(2, Y)]),
    ("At the 6-month visit, serum FSH had fallen in four women.", [(6, M)]),
    ("During 12 months of observation, three women conceived.", [(12, M)]),
    ("Mice were sacrificed 4 weeks after transplantation.", [(4, W)]),
    ("Ovaries were collected on day 28 post-injection.", [(28, D)]),
    ("Two months after the last injection, ovaries were collected for histology.", [(2, M)]),
    ("Serum hormones were measured at weeks 2, 4 and 8 after treatment.", [(8, W)]),
    ("The mean duration of follow-up was 14.5 months.", [(14.5, M)]),
    ("Follow-up lasted 3 years in the first cohort.", [(3, Y)]),
    ("All women completed 24 weeks of follow-up.", [(24, W)]),
    ("The women were monitored for one year after the infusion.", [(1, Y)]),
    ("Outcomes were assessed three months post-infusion.", [(3, M)]),
    ("Ovarian function was evaluated 90 days after grafting.", [(90, D)]),
    ("At the end of the 6-month observation period, AMH was measured again.", [(6, M)]),
    ("Fourteen days post-transplantation, the rats were killed.", [(14, D)]),
    ("Blood was drawn on days 7, 14 and 28 after cell injection.", [(28, D)]),
    ("The animals were euthanized 8 weeks after MSC administration.", [(8, W)]),
    ("Four weeks after the exosome injection, ovarian tissue was harvested.", [(4, W)]),
    ("Follow-up ranged from 6 to 36 months.", [(6, M)]),
    ("The trial had a mean follow-up period of 2.5 years.", [(2.5, Y)]),
    ("The patient was followed up for eighteen months without complications.", [(18, M)]),
    ("Patients returned for follow-up visits at 1, 3, 6 and 12 months.", [(12, M)]),
    ("She remained under observation for 6 months after the second injection.", [(6, M)]),
    ("Menstrual cycles were recorded for 12 months after treatment.", [(12, M)]),
    ("At 3 and 6 months post-procedure, AMH was measured.", [(6, M)]),
    ("The ovaries were removed 21 days post-grafting.", [(21, D)]),
    ("At day 14 after transplantation, the mice were killed.", [(14, D)]),
    ("One month after the intraovarian MSC injection, FSH had decreased.", [(1, M)]),
    ("We present a 3-year follow-up of twenty women treated with cells.", [(3, Y)]),
    ("The patients have been followed for up to 5 years.", [(5, Y)]),
    ("The women were followed up for 15.3 ± 4.2 months.", [(15.3, M)]),
    ("Rats were sacrificed at 2, 4 and 8 weeks post-transplantation.", [(8, W)]),
    ("Vaginal smears were examined on the 7th, 14th and 28th days after transplantation.", [(28, D)]),
    ("Follow-up: 13 months", [(13, M)]),
    ("The observation period was 6 months for every participant.", [(6, M)]),
    ("Ovaries were obtained at week 4 after treatment.", [(4, W)]),
    ("Follow-up was 6 months to 2 years.", [(2, Y)]),
    ("At the 12-week assessment, the treated mice had more follicles.", [(12, W)]),
    ("Mice were killed 10 days after they received the cells.", [(10, D)]),
    ("After eight weeks, the grafted rats had more primordial follicles.", [(8, W)]),
    ("At 4 weeks, MSC-treated mice showed regular oestrous cycles.", [(4, W)]),
    ("The follow-up period after the last injection was 12 months.", [(12, M)]),
    ("Follow-up (median 20 months) was complete for all women.", [(20, M)]),
    ("Follow-up extended to 30 months in the first patients.", [(30, M)]),
    ("Ovaries were collected 4 weeks after MSC transplantation into busulfan-treated mice.", [(4, W)]),
    ("Cultured MSCs were injected and the ovaries were collected 14 days after transplantation.", [(14, D)]),
    ("Pregnancy outcomes were recorded 12 months after transplantation.", [(12, M)]),
    ("FSH and AMH were measured at baseline and at 3, 6 and 12 months.", [(12, M)]),
    ("The primary end point was the live birth rate at 12 months.", [(12, M)]),
    ("AMH was assessed at weeks 4, 8 and 12.", [(12, W)]),
    ("Blood samples were taken on day 7 and day 21 after the infusion.", [(21, D)]),
    ("Uteri were weighed at the end of 4 weeks of treatment.", [(4, W)]),
    ("The mice were sacrificed and their ovaries collected 2 months later.", [(2, M)]),
    ("The women were followed until week 24.", [(24, W)]),
    ("No complication was seen 3 months post-op.", [(3, M)]),
    ("Follow-up ranging from 3 to 24 months was reported in the cited trials.", [(3, M)]),
    ("The longest follow-up was 5 years.", [(5, Y)]),
    ("Mice were sacrificed at the indicated time points (1, 2 and 4 weeks).", [(4, W)]),
    ("Serum was collected weekly for 4 weeks after transplantation.", [(4, W)]),
    ("FSH was recorded from week 1 to week 8 after treatment.", [(8, W)]),
    # a third set, written after the grammar and run before changing it again (4 of 39 failed)
    ("Clinical outcomes were evaluated over a 12-month period after the injection.", [(12, M)]),
    ("At six-month follow-up, two women had resumed menstruation.", [(6, M)]),
    ("The patient remained amenorrhoeic throughout 2 years of follow-up.", [(2, Y)]),
    ("Three months after intraovarian PRP, serum AMH had risen.", [(3, M)]),
    ("Eight weeks after treatment, ovaries were weighed and fixed.", [(8, W)]),
    ("On day 14 after MSC infusion, blood was drawn from the tail vein.", [(14, D)]),
    ("Mice were sacrificed four weeks post-treatment for histology.", [(4, W)]),
    ("Patients were followed up by telephone for one year.", [(1, Y)]),
    ("Ten days after exosome administration, the rats were anaesthetised and ovaries removed.", [(10, D)]),
    ("FSH was assessed 3 months after the final transplantation.", [(3, M)]),
    ("Ovarian function was monitored for six months post-transplantation.", [(6, M)]),
    ("Follow-up ranged between 6 and 24 months.", [(24, M)]),
    ("The longest follow-up in these reports was 5 years.", [(5, Y)]),
    ("Two weeks post-injection, the mice were mated with fertile males.", [(2, W)]),
    ("The rats were killed 1 month after HUCMSC transplantation.", [(1, M)]),
    ("After 12 months’ follow-up, none of the women had a tumour.", [(12, M)]),
    # a second set, written after the grammar and run before changing it again
    ("Six months after autologous stem cell transplantation, two patients had regular menses.", [(6, M)]),
    ("The study had a follow-up duration of 12 months after the final infusion.", [(12, M)]),
    ("Long-term follow-up (3 years) revealed no malignancy.", [(3, Y)]),
    ("Participants attended a final visit at week 24.", [(24, W)]),
    ("Four weeks post-transplant, ovarian histology was examined.", [(4, W)]),
    ("Mice were monitored for 60 days after the exosome injection.", [(60, D)]),
    ("On day 14 after grafting, ovaries were removed for TUNEL staining.", [(14, D)]),
    ("The rats were euthanised 8 wk after hAECs transplantation.", [(8, W)]),
    ("Two weeks after receiving MSCs, the mice were mated.", [(2, W)]),
    ("The 1-year outcomes are reported here.", [(1, Y)]),
    ("Ovaries were analysed 30 d post-infusion.", [(30, D)]),
    ("At 6 months after the procedure, serum AMH was undetectable in one woman.", [(6, M)]),
    ("Median follow-up time was 18 (range 12-24) months.", [(18, M)]),
    ("The observation lasted 10 weeks.", [(10, W)]),
    ("Hormone profiles were compared before and 3 months after treatment.", [(3, M)]),
    ("The patients were followed up every month for 6 months.", [(6, M)]),
    ("One month after the PRP and stem cell injection, AMH rose.", [(1, M)]),
    ("2 months after surgery FSH was 12 IU/L.", [(2, M)]),
    ("The mice were killed 21 days after the second injection.", [(21, D)]),
    ("All patients were followed for at least 12 months post-treatment.", [(12, M)]),
    # a fourth set, written before changing the grammar again (9 of 54 failed)
    ('Follow-up: 11 mo', [(11, M)]),
    ('The observation period lasted 6 months.', [(6, M)]),
    ('Outcomes were assessed 3 and 6 months post-procedure.', [(6, M)]),
    ('By the end of the 24-week study, FSH had fallen in most women.', [(24, W)]),
    ('Here we report the 1-year results of a pilot trial.', [(1, Y)]),
    ('At month 6, serum AMH was higher in the treated arm.', [(6, M)]),
    ('Menstrual patterns were tracked over 9 months.', [(9, M)]),
    ('Duration of follow-up, months: 14', [(14, M)]),
    ('The women were seen again at 6 weeks and 3 months after the infusion.', [(3, M)]),
    ('Follow-up was completed at 2 years in 18 of 20 patients.', [(2, Y)]),
    ('The 6-month data show a sustained rise in AMH.', [(6, M)]),
    ('Serum E2 was re-measured 12 weeks after cell delivery.', [(12, W)]),
    ('After a mean observation time of 16 months, no tumour was found.', [(16, M)]),
    ('At the 3-month follow-up visit, two women reported hot flushes.', [(3, M)]),
    ('The rats were sacrificed on post-transplant day 21.', [(21, D)]),
    ('Ovaries were examined one, two and four weeks after hUC-MSC grafting.', [(4, W)]),
    ('The animals were observed for 30 days after the injection of cells.', [(30, D)]),
    ('Both women were still menstruating 18 months after PRP.', [(18, M)]),
    ('Patients were reviewed at 1, 3, 6 and 9 months postoperatively.', [(9, M)]),
    ('A previous trial followed 40 women for 12 months after the injections.', [(12, M)]),
    ('Mean (SD) follow-up was 11.4 (3.2) months.', [(11.4, M)]),
    ('Twelve weeks post-infusion, antral follicle counts had increased.', [(12, W)]),
    # a fifth set, written before changing the grammar again (2 of 24 failed)
    ('Patients were evaluated at baseline and again 6 months later.', [(6, M)]),
    ('Women were followed over a median of 2 years.', [(2, Y)]),
    ('Twelve-month follow-up data were available for 15 women.', [(12, M)]),
    ('In the cited series, FSH stayed low throughout a 9-month observation window.', [(9, M)]),
    ('Ovaries were harvested at 7 and 14 days post-MSC injection.', [(7, D), (14, D)]),
    ('The mice were kept for 8 weeks after the transplantation and then killed.', [(8, W)]),
    ('The median duration of observation after treatment was 13 months.', [(13, M)]),
    ('Serum AMH was measured 4, 8 and 12 weeks after the first dose of cells.', [(12, W)]),
    ("The trial's follow-up continued for 36 months.", [(36, M)]),
    ('Mice were followed for oestrous cyclicity for 30 days post-transplantation.', [(30, D)]),
    # the time counted on from a point already named
    ("After three additional weeks, some females were killed and their ovaries weighed.", [(3, W)]),
    ("After 2 more weeks, the remaining rats were sacrificed.", [(2, W)]),
    ("Patients were followed up for two further years.", [(2, Y)]),
    # visits and samples at listed times, the visit or measuring word first
    ("The women were reviewed at weeks 2, 4, 8 and 16.", [(16, W)]),
    ("Follow-up visits took place at 3, 6 and 12 months.", [(12, M)]),
    ("Serum was sampled at baseline and 8 weeks later.", [(8, W)]),
    ("Patients were seen at 1, 3 and 6 months.", [(6, M)]),
    # a day named in a hormone sentence, a time counted on from the one before, a check-up schedule
    ("Serum AMH on day 21 was higher in the treated mice.", [(21, D)]),
    ("Her E2 had doubled two months later.", [(2, M)]),
    ("The women were reviewed monthly for nine months.", [(9, M)]),
]

ZH = [
    # a time point before a clause reporting a change or a statistic; a study's stated length
    ("第16周时，两组关节评分差异有统计学意义。", [(16, W)]),
    ("本试验为期18个月。", [(18, M)]),
    ("这是一项为期2年的多中心前瞻性研究。", [(2, Y)]),
    ("本组患者随访时间为8~30个月。", [(8, M)]),
    ("中位随访18个月，未见肿瘤发生。", [(18, M)]),
    ("所有患者随访至术后1年。", [(1, Y)]),
    ("小鼠于移植后第14天处死。", [(14, D)]),
    ("治疗4周后取卵巢称重。", [(4, W)]),
    ("于移植后2、4、8周检测血清激素。", [(8, W)]),
    ("细胞组于移植后第10天和第20天分别处死半数大鼠。", [(10, D), (20, D)]),
    ("两例分别随访15个月和9个月。", [(9, M), (15, M)]),
    ("门诊及电话随访，随访时间10~30个月，平均（19.6±5.0）个月。", [(10, M), (19.6, M)]),
    ("本组观察期延长至2年。", [(2, Y)]),
    ("剩余大鼠进行为期6周的体重观察。", [(6, W)]),
    ("第4个月时E2较第2个月进一步升高。", [(4, M)]),
    ("全部患者于术后2个月行二次宫腔镜检查。", [(2, M)]),  # a second-look examination, no second session
    ("患者平均随访（15.3±4.2）个月。", [(15.3, M)]),
    ("术后随访6个月，月经恢复规律。", [(6, M)]),
    ("经过12个月的随访，无严重不良反应。", [(12, M)]),
    ("治疗后第3个月复查AMH。", [(3, M)]),
    ("移植后1个月、3个月、6个月分别检测FSH。", [(6, M)]),
    ("观察期为12周。", [(12, W)]),
    ("注射后第7天和第14天分别处死小鼠。", [(7, D), (14, D)]),
    ("细胞移植4周后处死小鼠，取双侧卵巢。", [(4, W)]),
    ("小鼠于移植后第28天取卵巢。", [(28, D)]),
    ("随访期为2年。", [(2, Y)]),
    ("所有病例随访1~3年。", [(1, Y)]),
    ("随访时间6个月至2年。", [(2, Y)]),
    ("术后3个月、6个月、12个月随访激素水平。", [(12, M)]),
    ("治疗结束后随访6个月。", [(6, M)]),
    ("于治疗后2周、4周检测血清激素。", [(4, W)]),
    ("干预8周后，检测各组大鼠血清FSH。", [(8, W)]),
    ("移植后14 d处死大鼠。", [(14, D)]),
    ("随访观察6个月，记录月经情况。", [(6, M)]),
    ("共随访24周。", [(24, W)]),
    ("术后第6个月随访时检测AMH。", [(6, M)]),
    ("平均随访时间（11.2±3.5）个月。", [(11.2, M)]),
    ("在移植后第4周和第8周分别取材。", [(4, W), (8, W)]),
    ("外泌体注射2周后摘取卵巢。", [(2, W)]),
    ("给予干细胞治疗后8周，检测各组小鼠血清E2。", [(8, W)]),
    ("移植后满6个月时复查超声。", [(6, M)]),
    ("随访期间（12个月）无复发。", [(12, M)]),
    ("随访观察时间为6个月。", [(6, M)]),
    ("随访至今已2年。", [(2, Y)]),
    ("随访期限为1年。", [(1, Y)]),
    ("随访后3个月复查超声。", [(3, M)]),
    ("用药3个月后复查性激素。", [(3, M)]),
    ("实验结束时（移植后8周）处死小鼠。", [(8, W)]),
    # a third set, written after the grammar and run before changing it again
    ("移植后12周处死大鼠。", [(12, W)]),
    ("患者术后随访时间均为6个月。", [(6, M)]),
    ("移植后3个月AMH升高。", [(3, M)]),
    ("随访2年，未发现肿瘤。", [(2, Y)]),
    ("移植后第28天，取双侧卵巢做HE染色。", [(28, D)]),
    ("外泌体治疗后4周检测各组激素水平。", [(4, W)]),
    ("随访1年内共3例妊娠。", [(1, Y)]),
    ("治疗后1个月复查B超。", [(1, M)]),
    ("给药8周后处死全部小鼠。", [(8, W)]),
    ("随访时间为3~12个月。", [(3, M)]),
    ("免疫组化显示移植后4周卵泡数增加。", [(4, W)]),
    ("随访时间最长2年。", [(2, Y)]),
    ("移植后6个月记录妊娠情况。", [(6, M)]),
    ("治疗第4周检测血清AMH。", [(4, W)]),
    ("尾静脉注射hUC-MSCs后第14天取材。", [(14, D)]),
    ("随访期为术后12个月。", [(12, M)]),
    # a fourth set, written before changing the grammar again (9 of 54 failed)
    ('随访（月）：12', [(12, M)]),
    ('随访3~24个月，平均(12.5±4.3)个月。', [(3, M), (12.5, M)]),
    ('观察期为6个月。', [(6, M)]),
    ('移植后3、6、12个月复查性激素。', [(12, M)]),
    ('术后1、3、6个月定期复查。', [(6, M)]),
    ('经随访12个月，患者月经规律。', [(12, M)]),
    ('治疗后随访1年，未见不良反应。', [(1, Y)]),
    ('随访时间：6个月', [(6, M)]),
    ('大鼠于干细胞移植后4周处死。', [(4, W)]),
    ('所有患者均获随访，随访时间6~18个月。', [(6, M)]),
    ('本组随访2~5年，平均3.2年。', [(2, Y), (3.2, Y)]),
    ('灌注后第30天检测卵巢功能。', [(30, D)]),
    ('观察12周后处死小鼠。', [(12, W)]),
    ('PRP注射后3个月复查AMH。', [(3, M)]),
    ('治疗后6个月时AMH较治疗前升高。', [(6, M)]),
    ('移植后2周及4周分别取材。', [(2, W), (4, W)]),
    ('随访期内（24周）未见肿瘤。', [(24, W)]),
    # a fifth set, written before changing the grammar again (2 of 24 failed)
    ('随访截至术后2年。', [(2, Y)]),
    ('术后定期随访，随访时间3个月~2年。', [(2, Y)]),
    ('所有患者随访6个月以上。', [(6, M)]),
    ('移植后4周，各组随机取6只小鼠处死。', [(4, W)]),
    ('治疗后随访期间（6个月）月经规律。', [(6, M)]),
    ('随访时间为（14.2±3.1）个月。', [(14.2, M)]),
    ('于细胞移植后7 d、14 d、28 d取材。', [(28, D)]),
    ('观察至移植后第60天。', [(60, D)]),
    ('干细胞输注后随访6个月。', [(6, M)]),
]

NOT_FOLLOW_UP = [
    # the time a model of another organ took, counted by an ordinal or after its drug's abbreviation
    "Lungs were harvested on the third day after bleomycin instillation.",
    "Cells went in through the jugular vein 2 weeks after MCT injection.",
    # a drug's course named as a trial without a design; a time counted on from what was said before
    "A 10-week trial of letrozole was given before the transfer.",
    "Five weeks later, the second infusion was given.",
    # "followed by": what came next, not an outcome measured
    "Fat was harvested, followed by cell or sham injection after 4 weeks.",
    "3个月后，患者再次接受移植。",
    "Serum FSH remained above 40 IU/L for 4 months before enrolment.",
    "After a 2-week period, the stromal cells were infused into a peripheral vein.",
    "Granulosa cells were seen at 24 h in culture.",
    "A booster infusion was given two months later.",
    "Further follow-up studies are needed to confirm these results.",
    "Long-term follow-up is required to judge the safety of the grafts.",
    "Female mice aged 6 weeks were used in all experiments.",
    "Six-week-old female rats were bought from the animal centre.",
    "Busulfan was injected for 14 consecutive days of treatment before the grafts.",
    "Injections were repeated every 4 weeks.",
    "Women were included within 3 months of diagnosis.",
    "Menses returned 5 months after treatment in one woman.",
    "Two women conceived 8 and 14 months after transplantation.",
    "She delivered a healthy baby 11 months after the injection.",
    "The second injection was given 2 weeks after the first injection.",
    "A second transplantation was performed 6 months after the first one.",
    "Seven days after cyclophosphamide injection, the mice received MSCs.",
    "The cells were injected 14 days after the last busulfan injection.",
    "MSCs were given 7 days after the last injection of cisplatin.",
    "The grafts were placed 10 days after the rats were injected with cyclophosphamide.",
    "The first pregnancy occurred 10 months post-transplant.",
    "Hormones were measured 1 month before transplantation.",
    "Amenorrhoea had lasted 3 years before the first visit.",
    "Data were collected between 2015 and 2019.",
    "She was 34 years old at the time of treatment.",
    "The rats were acclimatised for 1 week before the experiment.",
    "The two injections were given 3 months apart.",
    "After 2 weeks, the mice were transplanted with MSCs.",
    "Body weight was measured at 8 weeks of age.",
    "AMH was measured at 6 months before the first injection.",
    "Two years later she was referred to our clinic.",
    "MSCs were transplanted on day 7 after cyclophosphamide injection.",
    "Cell proliferation was assessed at 1, 3, 5 and 7 days.",
    "The cells were injected 2 weeks after ovariectomy.",
    "The mice were 6 to 8 weeks old.",
    "Cells at passage 3 were used for transplantation.",
    "Cyclophosphamide was given daily for 15 days to induce POF.",
    "The interval between the two injections was 4 weeks.",
    "Pregnancy occurred 9 months after the procedure.",
    "All patients had amenorrhoea for at least 1 year.",
    "The study was conducted from 2018 to 2021.",
    "Injections were performed monthly for 3 months.",
    "Patients were aged 28 to 39 years at follow-up.",
    "Mice were housed for one week before the experiments.",
    "The cyclophosphamide was injected for 7 days.",
    "Stem cells were injected twice, 4 weeks apart.",
    "Menses resumed 6 weeks after the procedure in three women.",
    "Secondary amenorrhoea for more than 4 months was required.",
    "The infusion took 30 minutes.",
    "She had undergone chemotherapy 5 years before.",
    "The cells were passaged every 3 days.",
    "Exosomes were given every week for 4 weeks.",
    "After 7 days, the cells were passaged and injected into the ovaries.",
    "需要进一步随访研究。",
    "选用6周龄雌性小鼠。",
    "连续腹腔注射环磷酰胺14天后建立模型。",
    "每4周注射1次。",
    "诊断后3个月内纳入研究。",
    "治疗后5个月月经恢复。",
    "患者于移植后8个月自然妊娠。",
    "闭经时间2年。",
    "两次移植相隔3个月。",
    "首次移植后3个月行第二次移植。",
    "造模后第7天开始移植干细胞。",
    "随访至2021年12月。",
    "患者年龄（32.5±4.1）岁。",
    "环磷酰胺腹腔注射14天后，小鼠出现动情周期紊乱。",
    "于末次化疗后7天尾静脉注射干细胞。",
    "末次注射环磷酰胺后第7天移植细胞。",
    "腹腔注射环磷酰胺（首剂50 mg/kg）后第2天开始移植。",
    "细胞体外培养第7天检测增殖能力。",
    "免疫注射后第14天开始移植。",
    "每只小鼠注射细胞1次。",
    "患者年龄25~38岁，病程1~5年。",
    "连续14天腹腔注射白消安。",
    "第2次移植在首次移植后1个月进行。",
    "2例于治疗后6个月自然妊娠。",
    "随访至2022年6月。",
    "小鼠腹腔注射环磷酰胺7天后造模成功。",
    "患者闭经6个月以上。",
    "细胞培养7天后收集上清。",
    "每周注射1次，共4周。",
    "患者于移植后4个月月经复潮。",
    "两次注射间隔1个月。",
    "8周龄雌性SD大鼠。",
    "第二次移植于首次移植后3个月进行。",
    "其中2例于移植后3个月在促排卵治疗后成功妊娠。",
    "4例于治疗后1～2个月恢复。",
    # a fourth set (the last four: traps of the new forms, written after them)
    'Patients were followed up at our outpatient clinic.',
    'The 6-month-old infants were not included.',
    'Twelve months of amenorrhoea preceded the diagnosis.',
    'At month 6 of the chemotherapy, her menses stopped.',
    'Follow-up visits were scheduled every 3 months.',
    'The study was registered 2 years ago.',
    'Spontaneous pregnancy was achieved 7 months after the PRP injection.',
    'Mice received the exosomes for 4 weeks.',
    '末次随访时患者仍有规律月经。',
    '随访期间每3个月复查一次。',
    '患者病程6个月至3年。',
    '患者于移植后7个月成功受孕。',
    '小鼠适应性饲养1周。',
    '每隔2周注射1次，共3次。',
    'At day 3, the cultured cells reached confluence.',
    'At week 2, the cells were passaged.',
    'At week 8, mice were treated with cyclophosphamide.',
    'By the end of the 12-week treatment course, she had received four injections.',
    # a fifth set (the last five: traps of its new forms, written after them)
    'The follow-up rate was 92%.',
    'Patients lost to follow-up were excluded.',
    '随访率为95%。',
    '随访中失访2例。',
    'The mice were 8 weeks old at the start of the 12-week study.',
    'Cells were cultured for 7 days post-seeding.',
    'Ovarian failure was diagnosed at 29 and she was referred to us 3 years later.',
    'Four years later, a second cycle of chemotherapy was given.',
    'The second dose was given 2 weeks after the first dose.',
    'Cyclophosphamide was injected and MSCs were given 7 days after the last dose of cyclophosphamide.',
    'Her FSH was measured in 2016; 2 years later she conceived.',
    'Rats received cisplatin followed by cell transplantation (two weeks later) from donor rats.',
]


# a seventh set: forms counted in real abstracts of any field of medicine
# (cell therapy for knee, heart, liver, spinal cord and ovary; PCOS and IVF
# trials; rodent models), each said again in our own words and numbers, and
# run before the grammar was changed for them
WILD_EN = [
    # values before the treatment and at time points after it: the last
    ("Renal markers were checked before the infusion and 1, 4 and 8 months after it.", [(8, M)]),
    ("Scores were recorded at 0 (baseline), 2 and 5 months after cell grafting.", [(5, M)]),
    ("Cardiac function was assessed before and two and five months after the cell infusion.", [(5, M)]),
    # a time after the treatment at which an outcome is reported
    ("Walking distance had improved at 9 months after the grafts.", [(9, M)]),
    ("Motor scores were higher at 1 year after the cell transplant.", [(1, Y)]),
    ("By 9 months following the injection, AMH had fallen back to its initial level.", [(9, M)]),
    ("Markers were compared before treatment and at 4 months after the injection.", [(4, M)]),
    ("AFC rose significantly 3 weeks after the procedure.", [(3, W)]),
    ("Two patients no longer needed insulin three years after a single infusion.", [(3, Y)]),
    ("Four weeks after hAEC grafting, primordial follicle numbers had returned to normal.", [(4, W)]),
    ("Neurological scores were better at 7 and 21 days post-transplantation.", [(21, D)]),
    ("The LVEF change measured by MRI after 12 months was larger with two infusions.", [(12, M)]),
    ("Lung function was examined again two weeks later.", [(2, W)]),
    # follow-up words with a range, a period or a visit
    ("No late complication was seen in the 2- to 5-year follow-up period.", [(5, Y)]),
    ("Control angiography was repeated 5-8 months after the cell transplantation.", [(5, M)]),
    ("Clinical follow-up (for 10-16 months) showed fewer symptoms.", [(10, M)]),
    ("C-peptide was tracked during a 2-year follow-up.", [(2, Y)]),
    ("The benefit persisted over the three-year follow-up.", [(3, Y)]),
    ("Improvements were maintained over 18 months of observation.", [(18, M)]),
    ("At the 3-month follow-up, women given PRP had more antral follicles.", [(3, M)]),
    ("The follow-up period was 18 months after cell delivery.", [(18, M)]),
    ("All ten patients were followed until month 18.", [(18, M)]),
    ("In a 3 month follow-up evaluation, ovulation was recorded.", [(3, M)]),
    ("The patients were followed up for one and a half years.", [(1.5, Y)]),
    # a second search of real abstracts (knee, liver, registry records), run before changing the grammar (2 of 6 failed)
    ("The cell group was compared with the saline group up to 9 months.", [(9, M)]),
    ("During the follow-up period from the 10th to the 60th month, survival was higher in the cell group.", [(60, M)]),
    ("Status was recorded 0, 4, 8 and 16 months after treatment began.", [(16, M)]),
    ("Participants will then be followed until the 60-month study visit.", [(60, M)]),
    ("No tumour arose during the 60-month follow-up.", [(60, M)]),
    ("Time frame: 2 years after treatment", [(2, Y)]),
    ("Efficacy and safety at 9 years of follow-up in 21 patients.", [(9, Y)]),
    ("After a median follow-up period of 88 months, overall survival was 80%.", [(88, M)]),
    ("At the end of the experiment (day 28), the mice were sacrificed.", [(28, D)]),
    ("The ovaries were harvested at the end of week 6.", [(6, W)]),
    ("Follow-up ranged from a minimum of 8 months to a maximum of 4 years.", [(4, Y)]),
]

WILD_ZH = [
    ("治疗结束2个月后随访，记录FSH水平。", [(2, M)]),
    ("末次针刺结束3个月后随访时检测AMH。", [(3, M)]),
    ("于术后60天随机取各组大鼠10只。", [(60, D)]),
    ("注射后9个月的疼痛评分明显改善。", [(9, M)]),
    ("主要结局为12个月时的安全性。", [(12, M)]),
    ("随访2~48个月，中位随访时间19个月。", [(2, M), (19, M)]),
    ("实验组于移植前及移植后2、4、8个月进行评分。", [(8, M)]),
    ("术后2、4、8个月评分均低于对照组。", [(8, M)]),
    ("在实验第28天处死全部大鼠。", [(28, D)]),
    ("随访半年，未见复发。", [(0.5, Y)]),
    ("随访一年半，月经规律。", [(1.5, Y)]),
    ("术后随访半年以上。", [(0.5, Y)]),
    ("随访6个月后，试验组评分高于对照组。", [(6, M)]),
    ("治疗第7天和第14天，模型组卵巢系数低于对照组。", [(14, D)]),
    # a third search (orthopaedic, haematology and lupus transplant series)
    ("在随访期间（平均17.5个月），两组均未发生并发症。", [(17.5, M)]),
    ("所有病人均于术后第1、3、6、12个月进行随访。", [(12, M)]),
    ("术后随访时间最短6个月，最长3年。", [(3, Y)]),
]

#: traps of the same abstracts: treatment schedules, times after an injury,
#: courses of a drug, windows, time to an event, ages, disease durations
WILD_NOT = [
    "Bone marrow was infused 1 week, 2 months and 4 months after the splenectomy.",
    "Cells were given at months 1, 3, 5 and 9 of the study.",
    "Transplantation 5 weeks after the stroke gave poorer graft survival.",
    "Two and a half months later, he underwent intrathecal cell injections.",
    "The interval from infarction to cell therapy was 4.8 ± 2.9 months.",
    "Women took a 6-month course of metformin or placebo.",
    "After three months of metformin use, serum testosterone declined.",
    "Infections occurred within 100 days after transplantation in 30 patients.",
    "No neurological improvement within 6 months after standard therapy was required for inclusion.",
    "Neutrophils recovered a median of 12 days after transplantation.",
    "The median diabetes duration was 9 years.",
    "A 31-year-old man received cells twice a month for 3 months.",
    "Cells were given 3-7 days after the infarction.",
    "Rats aged 45 to 60 days were used.",
    "Weights were recorded every 5 days from the day before modelling.",
    "3个月为一疗程，共治疗1个疗程。",
    "术后2年内复发的患者被排除。",
    "移植后100 d内发生细菌感染47例。",
    "中性粒细胞于移植后12 d植活。",
    "患者病程中位数8年。",
    "Cells were infused three times at 3-week intervals.",
    "Cells were given once per three months, four times in one year.",
    "Median time to death was seven months.",
    "Median relapse-free survival was 5.5 months.",
    "The median time to neutrophil recovery was 16.4 ± 4.1 days.",
    "At the end of the study (2019), data were analysed.",
    "Ulcers had healed 2 months after the cell injections.",
    "移植后1个月溃疡基本愈合。",
]

# an eighth set: forms of the blind papers (written without the rules),
# said again in our own words
BLIND_EN = [
    # a time point put first, the number before the unit
    ("At 9 months, serum AMH had risen in the cell arm.", [(9, M)]),
    ("By 16 weeks, FSH was lower than at baseline.", [(16, W)]),
    # an effect seen or lasting at a time
    ("The rise in AMH was apparent at 2 months and was sustained at 9 months.", [(2, M), (9, M)]),
    # a time point in a sentence that reports a hormone
    ("By week 10 serum FSH had fallen below 20 IU/L.", [(10, W)]),
    ("E2 went from 18 to 42 pg/mL at 4 months (P = 0.01).", [(4, M)]),
    ("Two injections were given, with LH unchanged at 8 weeks.", [(8, W)]),
    # the people followed named between the verb and the time
    ("The team injected the cells and followed the women for two years.", [(2, Y)]),
    # the period over which a hormone changed, and a schedule of measurements
    ("The grafts lowered FSH over 9 months in most women.", [(9, M)]),
    ("Over the 18-month period, AMH rose slowly in the cell arm.", [(18, M)]),
    ("During the first 6 weeks, serum LH fell steadily.", [(6, W)]),
    ("Treated rats had higher E2 from week 3 onwards.", [(3, W)]),
    ("Women gave blood for hormone measurements at months 2, 4 and 8.", [(8, M)]),
]
BLIND_ZH = [
    ("末次给药后21 d时，两组小鼠的FSH均低于模型组。", [(21, D)]),
    # a day reached, in a sentence that reports a hormone
    ("至第21天，细胞组AMH回升。", [(21, D)]),
    ("6周后各组大鼠血清AMH明显升高。", [(6, W)]),
]
BLIND_NOT = [
    "At 7 weeks of age, the rats were randomised.",
    "Serum FSH was measured in rats at 7 weeks of age.",
    "At 9 weeks, the rats were injected with cisplatin and FSH rose.",
    "Women whose FSH stayed above 40 IU/L at 3 months were offered another injection.",
    "Mice got exosomes at 4-day intervals and their FSH fell.",
    "第21天内FSH无明显变化。",
    "At 10 weeks, rats were injected with cisplatin.",
    "首次注射后6周按同样方法进行第2次注射。",  # the time before the next session
    "Rats were dosed with cisplatin over 7 days, which raised FSH.",  # how long the model took
    "Women with FSH above 30 IU/L for over 4 months were eligible.",  # a history
    "Ovulation returned in six women, a median of 4 months after the grafting.",  # the time to an event
    "例2于治疗后5个月失访。",  # the time someone was lost
    "于月经第3~5天行卵巢内注射。",  # a day of the menstrual cycle
]

#: forms of a later round: ordinal days of follow-up, a list of time points
#: in brackets after the treatment, an outcome that changed at a time, a
#: median period, time points in brackets after a kill word, sessions
SECOND_EN = [
    ("Swabs were taken on admission and on the 5th, 10th and 21st days of follow-up.", [(21, D)]),
    ("Weight was recorded after the grafting (at 2, 4 and 6 weeks).", [(6, W)]),
    ("Pain scores clearly improved at 6 months and stayed low.", [(6, M)]),
    ("Serum AMH was higher by month 9 in most women.", [(9, M)]),
    ("During a median of 30 months (range 12-44) no malignancy appeared.", [(30, M)]),
    ("Rats were euthanised at set time points (day 5, 10 and 20) after the grafting.", [(20, D)]),
    ("Creatinine was checked at 2, 6 and 10 weeks after the final session.", [(10, W)]),
    ("Findings: At month 9, the ulcer area had shrunk by half.", [(9, M)]),
    ("Joint pain eased over the course of two years after the grafts.", [(2, Y)]),
    ("During the follow-up period from 6 to the 40th month, no tumour arose.", [(40, M)]),
    # a time point of any outcome reported by a change, a comparison or a statistic
    ("The cell arm had fewer flares than the placebo arm at 4 months and 8 months.", [(8, M)]),
    ("Walking distance improved significantly up to 12 weeks (P = 0.01).", [(12, W)]),
    ("The mean score was 40 at entry, and at 9 months it was 71.", [(9, M)]),
    ("Grip strength was 20.5 kg at entry, after 2 months it was 24.1, and after 5 months it was 27.3.", [(5, M)]),
    ("Pain was rated before and again after 3 months from grafting.", [(3, M)]),
    # a value that came back to a level is measured at its time, not an event
    ("Antral follicles recovered to control levels six weeks after the graft.", [(6, W)]),
    # a time put first, then a clause that measures; a rate named by its time; a day in an outcome sentence
    ("After 16 weeks, creatinine clearance and urinary albumin were assessed.", [(16, W)]),
    ("Efficacy was judged by the 2-year limb salvage rate.", [(2, Y)]),
    ("Fasting glucose was markedly lower on day 56 than at entry.", [(56, D)]),
    # two times at which groups of animals are killed are two follow-ups; of a longer list the last
    ("Uteri were harvested 3 weeks and 6 weeks after the graft.", [(3, W), (6, W)]),
    ("Half of the rabbits were culled on days 10 and 20 post-injection.", [(10, D), (20, D)]),
    ("Kidneys were removed 5, 10 and 15 days after the infusion.", [(15, D)]),
    ("Blood was drawn 2 and 6 weeks after the infusion.", [(6, W)]),  # sampling, not a group killed
    ("Hearts were excised on day 5 and nine on day 12 after the graft.", [(5, D), (12, D)]),  # nine animals
    # a rate or an outcome measured, a few words before its time points; a follow-up at intervals;
    # a list of times after a named treatment put first; the day of a treatment an outcome changed on
    ("Closure rates in the two study arms at weeks 4, 8, and 16 are listed below.", [(16, W)]),
    ("Every volunteer was followed up at monthly intervals for 9 months.", [(9, M)]),
    ("At 2, 4 and 10 weeks after SVF, the questionnaires showed less pain.", [(10, W)]),
    ("Wound area had clearly decreased on day 12 of grafting in the treated pigs.", [(12, D)]),
    # a time counted from randomisation or enrolment; survival at a time; an end point far before its time;
    # a change over a time
    ("Participants returned at weeks 6, 16 and 40 after random assignment.", [(40, W)]),
    ("Overall survival at month 18 was 81% in both arms.", [(18, M)]),
    ("The main outcome was the difference in the six-minute walk distance (6MWD) between arms at week 26.", [(26, W)]),
    ("Twice-weekly PRP lowered pain scores over 10 weeks in the treated knees.", [(10, W)]),
    # the time first, the change or statistic after it
    ("By 9 months the two arms no longer differed (P = 0.41).", [(9, M)]),
    ("Function improved in the cell arm from 8 weeks onward.", [(8, W)]),
    # alternatives only with "either", a killing or a table; times of two cases said in turn
    ("Grip strength was clearly better 2 months or 5 months after the graft.", [(5, M)]),
    ("Hearts were fixed either 3 or 9 days after the infusion.", [(3, D), (9, D)]),
    ("The two cases were followed for 10 and 16 months, respectively.", [(10, M), (16, M)]),
    # a study, a response or a gain said up to a time; a period put first
    ("The pigs were studied for up to 12 weeks.", [(12, W)]),
    ("Partial response at 9 months was seen in 6 of 14 patients.", [(9, M)]),
    ("The benefit persisted to month 15 in the high-dose arm.", [(15, M)]),
    ("Over 20 months no tumour was detected in any recipient.", [(20, M)]),
    # a time point set off by commas before a change, or before a comparison
    ("Against sutures alone, at day 9, the cell-laden scaffold clearly improved fibre alignment.", [(9, D)]),
    ("Swelling was milder at three weeks compared to the vehicle group.", [(3, W)]),
    # a study named by its length; a finding after a time at the sentence's end
    ("In this 2-year prospective study, volunteers received five infusions.", [(2, Y)]),
    ("Imaging showed stable lesions in 9 of 12 volunteers after 6 months.", [(6, M)]),
    # one unit said with an article; a time later in an outcome sentence; the last of a span of a change
    ("Jones and colleagues treated 11 women and followed them for a year.", [(1, Y)]),
    ("Two subcutaneous doses gave comparable results six weeks later.", [(6, W)]),
    ("Creatinine fell from 2.1 to 1.4 mg/dL between week 2 and week 10.", [(10, W)]),
    ("Healed ulcers were found in 7/9 pigs but in 2/9 controls at week 5.", [(5, W)]),
    ("A single graft slightly raised E2 over half a year.", [(0.5, Y)]),
    ("At 18 months (n = 40) after grafting, most dogs were sound.", [(18, M)]),
    ("Half of the animals were kept for a recovery period of 4 weeks.", [(4, W)]),
    ("Repair was assessed by ultrasound at regular intervals over 16 weeks.", [(16, W)]),
    # a time point named by an ordinal in an outcome sentence; half a year of observation; visits scheduled
    ("Creatinine had fallen in six of them by the fourth month.", [(4, M)]),
    ("In the third week, a rise in platelet counts was seen.", [(3, W)]),
    ("AMH stayed low through half a year of observation.", [(0.5, Y)]),
    ("Clinic visits were planned at months 2, 5 and 9.", [(9, M)]),
]
SECOND_NOT = [
    "Litter size increased at 10 weeks of age.",  # an age
    "Length of stay was reduced by 4 days.",  # an amount
    "Serum FSH rose at 3-week intervals during the model.",  # an interval
    "Litters were significantly smaller at 12 weeks of age.",  # an age
    "After 5 days, the cultures were counted under the microscope.",  # a culture
    "After 2 weeks, the rats were injected with the cells and weighed.",  # the treatment itself
    "One pig developed a fever on day 3 of the infusion.",  # an event on a day of the treatment
    "At 6 weeks after busulfan, the mice were weighed.",  # the model's time
    "Two patients had a relapse at 7 months.",  # the time of an event
    "One volunteer died 5 months after the infusion of an unrelated cause.",  # the time of an event
    "Colons were collected on day 10 after DSS induction.",  # the model's time
    "A 24-week trial of metformin preceded the cell therapy.",  # a drug's course
    "The booster injection followed 8 weeks later.",  # an interval between sessions
    "Women were offered a second infusion at four months if FSH stayed high.",  # the time of another session
    "Samples were taken on days 3-5 of a spontaneous cycle.",  # days of a cycle
    "Bleeding stopped a year before the first visit.",  # before, not after
    "Cycles became irregular in the second month of pregnancy.",  # of something else
]
THIRD_EN = [
    # a time opening a sentence that reports a share or a hormone
    ("After 9 months (n = 40), 22.5% of the knees had swollen again.", [(9, M)]),
    ("After 4 months, AMH was clearly above its baseline.", [(4, M)]),
    # a share reported at a time point
    ("Pain had gone in 64% of the patients at 8 weeks.", [(8, W)]),
    ("Grip strength rose by 30% at 3 months.", [(3, M)]),
    # a mean in brackets after the follow-up
    ("At last follow-up (median, 31 months), four women still menstruated.", [(31, M)]),
    # a list of ordinal time points, and an ordinal visit
    ("Stiffness was assessed in the second week, the third week and the fifth month.", [(5, M)]),
    ("The sixth-week review showed less swelling in the plasma arm.", [(6, W)]),
    ("At the third month assessment, grip strength had recovered.", [(3, M)]),
    # counted from the start of the treatment; results after a time
    ("Scores were taken 2 weeks, 3 months and 9 months after initiation.", [(9, M)]),
    ("The cell arm gave the best results after four months.", [(4, M)]),
    # two killing times with the count of animals of the second between them: each
    ("Five rabbits per group were killed 3 weeks and five 6 weeks after the graft.", [(3, W), (6, W)]),
    ("Half were killed at one and half at five weeks after transplantation.", [(1, W), (5, W)]),
    ("Two months after the booster, AMH had risen.", [(2, M)]),
    # a period counted from something done; a change ending the sentence after a time
    ("Lameness of horses over a 9-month period after desmotomy", [(9, M)]),
    ("The gain in walking distance declined in both groups after 8 months.", [(8, M)]),
    ("Serum IL-6 was measured by ELISA after 21 days of interventions.", [(21, D)]),
    ("Grip strength had recovered at the 6-month mark.", [(6, M)]),
    # the end of a time; an ordinal in digits; a span from baseline
    ("By the end of 18 months, the two arms no longer differed.", [(18, M)]),
    ("Acuity was compared before the injection and at the final visit (9th month).", [(9, M)]),
    ("Ejection fraction rose by 4% (baseline–9 months) in the cell arm.", [(9, M)]),
    ("Tear production was measured at 2nd, 4th and 8th weeks.", [(8, W)]),
    ("After the injection, all cats were followed up till 10 months.", [(10, M)]),
    # a list of three or more time points after "at", however far from what measured them
    ("Grip, pain on resisted extension and the patient-rated tennis elbow evaluation (PRTEE) at 2, 6, 10 weeks and 9 months.", [(9, M)]),
]
THIRD_NOT = [
    "Two patients were lost to follow-up three months after the infusion.",  # when they left
    "The women were seen until 14 weeks of gestation.",  # the age of a pregnancy
    "Her cycles resumed at 9 weeks and she conceived in month 7.",  # when events happened
    "At 4 weeks after the model was established, the rats were grouped.",  # the model's time
    "Pups were weighed at 3, 5 and 7 weeks of age.",  # ages
    "After 3 weeks, 40% of the rats were given cisplatin.",  # the model's time
    "Ten percent of the mice at 6 weeks of age weighed less.",  # an age
    "Ovulation returned after nine months in two women.",  # the time of an event
]

EN += WILD_EN + BLIND_EN + SECOND_EN + THIRD_EN
ZH += WILD_ZH + BLIND_ZH
NOT_FOLLOW_UP += WILD_NOT + BLIND_NOT + SECOND_NOT + THIRD_NOT


@pytest.mark.parametrize("text, expected", EN + ZH, ids=[t for t, _ in EN + ZH])
def test_a_follow_up_is_read_from_how_it_is_said(text, expected):
    assert [(f.value["value"], f.value["unit"]) for f in facts(text, "follow_up")] == [(float(v), u) for v, u in expected]


@pytest.mark.parametrize("text", NOT_FOLLOW_UP)
def test_what_is_no_follow_up(text):
    assert facts(text, "follow_up") == []


def test_enough_forms_per_language():
    assert len(EN) >= 30 and len(ZH) >= 30
    assert sum(1 for t in NOT_FOLLOW_UP if t.isascii()) >= 15 and sum(1 for t in NOT_FOLLOW_UP if not t.isascii()) >= 15


def test_no_sentence_is_copied_from_the_corpus():
    assert_in_no_corpus_file([t for t, _ in EN + ZH] + NOT_FOLLOW_UP)


def test_a_body_cell_that_says_a_follow_up_whole_is_one_wherever_it_stands():
    from formkit import table_facts

    def table(*rows):
        return [(f.value["value"], f.value["unit"]) for f in table_facts("follow_up", *rows)]

    assert table("组别 | 时间点 | AMH", "细胞组 | 移植后2个月 | 0.31", "细胞组 | 移植后5个月 | 0.42") == [
        (2.0, "month"), (5.0, "month")]
    # the head row names columns, not a row's time; its time points are a
    # list, which gives its last
    assert table("组别 | 移植后2个月 | 移植后5个月", "细胞组 | 0.31 | 0.42") == [(5.0, "month")]
    assert table("Hormone | Baseline | Week 4 | Week 10", "FSH | 61 | 40 | 35") == [(10.0, "week")]
    assert table("Hormone | 第4周 | 第10周", "FSH | 40 | 35") == [(10.0, "week")]
    # a time in brackets under a head that names the follow-up in brackets
    assert table("Trial | Cells | Deaths (follow-up)", "Ode 2019 | UC-MSC | None (18 months)") == [(18.0, "month")]
    assert table("Trial | Cells | Deaths", "Ode 2019 | UC-MSC | None (18 months)") == []
    # one time point alone heads a column of anything
    assert table("Hormone | Baseline | Month 6", "FSH | 61 | 40") == []
    # a cell under a follow-up column: a median, its range in brackets, a spread
    assert table("Trial | Cells | Follow-up", "Ode 2019 | UC-MSC | Median 30 months",
                 "Lam 2020 | BM-MSC | 14 (9–20) months", "Abe 2021 | AD-MSC | 11 ± 2 months") == [
        (30.0, "month"), (14.0, "month"), (11.0, "month")]
