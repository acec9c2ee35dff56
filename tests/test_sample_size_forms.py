"""How the number of people studied is said (fact type ``sample_size``), in
sentences of our own: "A total of N women", "N patients with POI were
enrolled / recruited / randomised / analysed", "consisted of / comprising N",
numbers in words, 共纳入/收集/选取N例, N例患者完成随访; and what is no
sample size: outcome counts, animals, people excluded or lost, parts of the
sample."""

from __future__ import annotations

import pytest

from formkit import facts

#: (sentence, the sizes found in it, in order)
EN = [
    # a part of an arm's people, named by the arm after "of", is no sample
    ("Two patients of the saline arm and one of the cell arm withdrew consent.", []),
    ("Five women of the high-dose cohort reported spotting.", []),
    ("A total of 86 women with premature ovarian insufficiency took part.", [86]),
    # each count the size of the group named in brackets after what it had
    ("Sixty-two had a single infusion (arm 1) and 58 had received three infusions (arm 2).", [62, 58]),
    ("Forty women had intrauterine plasma (study group) and 44 had saline (sham group).", [40, 44]),
    # two counts sharing the noun after the second; a range or an outcome is none
    ("The two trials enrolled 44 and 60 women, respectively.", [44, 60]),
    ("Trials of between 30 and 50 women were pooled.", [50]),
    ("Ovulation resumed in 7 and 3 patients, respectively.", []),
    ("Seven and three women, respectively, conceived.", []),
    # the people of a study called by what they form
    ("The cells were later given to a series of 14 at our centre.", [14]),
    # a number in words restated in digits
    ("Twenty-one (21) treatment-naive adult patients entered the study.", [21]),
    # the arms a colon lists after the count treated, each with its number
    ("Twenty women were screened and twelve treated: four at level 1, four at level 2 and four at level 3.",
     [12, 4, 4, 4]),
    # ... but not what happened to a group
    ("Five women had a clinical pregnancy (study group) and two had bleeding (sham group).", []),
    ("Forty-two patients with POI were enrolled between 2016 and 2019.", [42]),
    ("Thirty women were randomised to cell therapy or to placebo injections.", [30]),
    ("Seventy-five participants were analysed at the end of the second year.", [75]),
    ("The cohort consisted of 64 infertile women younger than 40.", [64]),
    ("We recruited 120 women with a diminished ovarian reserve.", [120]),
    # an arm planned before the study is a sample too (corpus/ANNOTATION.md, sample_size)
    ("The trial included 58 patients, comprising 29 in each arm.", [58, 29]),
    ("Of 214 patients with poor ovarian response who were screened, 150 were enrolled.", [150]),
    ("The study comprised twenty-four women with idiopathic ovarian failure.", [24]),
    ("This series comprises 12 cases treated at a single centre.", [12]),
    ("Between 2018 and 2020, 36 consecutive patients were treated with autologous cells.", [36]),
    ("Eighteen patients completed the 12-month follow-up.", [18]),
    ("In total, 45 women underwent the ovarian procedure.", [45]),
    ("We report two case reports of women with early menopause.", [2]),
    ("The sample comprised 310 infertile individuals attending the clinic.", [310]),
    ("Overall, 214 patients were screened and 150 were enrolled in the trial.", [150]),
    ("The study included 30 patients with premature ovarian insufficiency.", [30]),
    ("Of the 60 randomised, 4 withdrew before the first injection.", [60]),
    ("Patients with POI (n = 24) received autologous cells into one ovary.", [24]),
    ("Our cohort of 48 women with poor ovarian reserve was followed for a year.", [48]),
    ("Twelve consecutive women with ovarian failure were treated.", [12]),
    ("Sixty patients were randomly assigned to two groups of 30.", [60, 30]),
    ("We enrolled 26 women aged 30 to 39 years.", [26]),
    ("The participants (n = 80) were randomly allocated to the two arms.", [80]),
    ("This prospective study recruited forty patients.", [40]),
    ("A total of 102 infertile women participated in the trial.", [102]),
    ("We describe three patients with primary ovarian insufficiency.", [3]),
    ("The cell group (n = 30) and the placebo group (n = 28) were comparable.", [30, 28]),
    ("Fifty women were assigned to the cell group and 50 to the control group.", [50, 50]),
    ("The 40 women were randomised to cells or placebo (20 per arm).", [40, 20]),
    ("The pilot study began with the recruitment of 45 patients with POI.", [45]),
    ("We performed a randomised trial in 80 women with poor ovarian response.", [80]),
    # a second set, written after the grammar and run before changing it again
    ("Fifty-two women with POI participated in this study.", [52]),
    ("The trial enrolled 36 participants between 2019 and 2021.", [36]),
    ("We treated 24 patients with autologous bone marrow cells.", [24]),
    ("This case series describes 14 women treated with intraovarian PRP.", [14]),
    ("One hundred infertile women were randomized.", [100]),
    ("Forty patients were allocated equally to two arms of 20.", [40, 20]),
    ("Nine women received a single intraovarian injection.", [9]),
    ("Our study population comprised 64 women.", [64]),
    ("Thirty patients were randomised to MSC (n = 15) or placebo (n = 15).", [30, 15, 15]),
    ("We report two patients with POI who conceived after cell therapy.", [2]),
    ("Here we present a case of a 35-year-old woman with POI.", []),
    # an English word inside another is not that word ("died" in "studied")
    ("We studied 9 consecutive women referred for early menopause.", [9]),
    # the outcomes or results of N patients: the whole studied, not a part
    ("We report the outcomes of 23 patients who received PRP.", [23]),
    ("The results of 30 patients were analysed.", [30]),
    # a name's own number is no count ("COVID-19"), a label's number neither ("Case 1")
    ("Twenty confirmed COVID-19 patients were treated with cord cells.", [20]),
    ("Case 1 was treated twice and case 2 once.", []),
    # the people split by sex, or by a grade after 其中: parts of a count given
    ("There were nine men and four women aged 40 to 70 years.", []),
    ("Serum E2 was checked at 6 months in the 22 postmenopausal women.", []),
    ("Nine women were enrolled, three per dose level.", [9, 3]),
    ("Thirteen pregnancies were recorded.", []),
    ("Ten rats per group were used.", []),
    ("Three of the ten women conceived.", []),
    ("A total of 320 follicles were counted.", []),
    ("Two patients withdrew after the first visit.", []),
    ("Twelve mice received the cells.", []),
    ("In 18 cycles, no oocyte was retrieved.", []),
    ("Seven patients experienced mild abdominal pain.", []),
    # a third set, written after the grammar and run before changing it again (1 of 22 failed)
    ("Forty-five women with POI were included in the final analysis.", [45]),
    ("Our retrospective cohort comprised 120 infertile women.", [120]),
    ("Eighteen patients were divided into two groups (n = 9 each).", [18, 9]),
    ("Eight women underwent laparoscopic ovarian injection of stem cells.", [8]),
    ("This phase I trial enrolled 25 participants.", [25]),
    ("We describe three cases of POI treated with autologous cells.", [3]),
    ("Sixty women were randomly assigned in a 1:1 ratio, 30 per group.", [60, 30]),
    ("In total, thirty-three women received the intervention.", [33]),
    ("Two of the 15 women became pregnant.", []),
    ("5 patients complained of transient pain.", []),
    ("A total of 450 oocytes were collected.", []),
    ("Twenty-four mice were randomly divided into 4 groups.", []),
    ("Ten embryos were transferred.", []),
    ("Twelve studies were included in the meta-analysis.", []),
    # not sample sizes
    ("Ten mice per group were used.", []),
    ("Three pregnancies were achieved in the cell group.", []),
    ("A total of 240 oocytes were retrieved.", []),
    ("Embryos were transferred in 22 women.", []),
    ("Five patients reported mild pelvic pain after the injection.", []),
    ("Twenty-four rats were divided into four groups.", []),
    ("Six women withdrew consent.", []),
    ("The review pooled 14 studies.", []),
    ("Rats were randomly divided into four groups of 8.", []),
    ("The cells were split into groups of 3 wells.", []),
    ("Ovaries were weighed in groups of 6 per time point.", []),
    ("Menses resumed in 7 of the 20 women who completed the protocol.", []),
    ("Six patients conceived spontaneously within a year.", []),
    ("Ten mice were used in each treatment group.", []),
    ("Twenty female rats received cyclophosphamide before the cells.", []),
    ("Two women were lost to follow-up after the first visit.", []),
    ("Four women were excluded because of abnormal karyotypes.", []),
    ("Spontaneous menses returned in four women after treatment.", []),
    ("Assessed 9 patients 14 patients 3 patients 22 patients", []),  # a flow chart's boxes run together
    # the arms of a count, said right after it, and counts set side by side by what each received
    ("Fifty-two women took part, with 26 in the cell arm and 26 in the sham arm.", [52, 26, 26]),
    ("We analysed 81 patients, including 40 in the intra-arterial group and 41 in the intravenous group.", [81, 40, 41]),
    ("In all, 64 women received intraovarian plasma, 31 received saline and 12 underwent no procedure.", [64, 31, 12]),
    ("30 patients had a complete response, 12 had a partial response.", []),  # outcomes, no sample
    # the arms' sizes listed after "n ="; "24 in each"; per dose level; a count and its condition before the verb
    ("Three dose cohorts were treated (n = 4, 4 and 5, respectively).", [4, 4, 5]),
    ("Thirty-two men were allocated to cells or saline, 16 in each.", [32, 16]),
    ("Twelve women were treated (four per level).", [12, 4]),
    ("Of 130 men screened, 72 with azoospermia were randomised to two arms.", [72]),
    ("The trial randomised 88 with knee osteoarthritis to PRP or saline.", [88]),
    ("One hundred and forty patients completed the protocol.", [140]),
    # people with an adverse event or an outcome, and people counted before, are no sample
    ("The commonest adverse event was headache (n = 6), then dizziness (n = 3).", []),
    ("Partial remission was documented in 11 patients.", []),
    ("Three cases of mild fever were recorded after the infusion.", []),
    ("Of these twelve women, eight resumed menses.", []),
    # a bare n = in a paper about horses counts horses
    ("Forty horses were treated; lameness resolved in 80% (n = 32).", []),
]

ZH = [
    # those who passed the screening are the sample; the screened are not
    ("经初步筛查符合入选标准的患者共56例，均签署知情同意书。", [56]),
    ("门诊共筛查90例，排除不符合条件者。", []),
    # subgroups by grade after 其中: parts of the 40 (arms named with 组 stay counts)
    ("共纳入患者40例，其中轻度12例，中度18例，重度10例。", [40]),
    ("共纳入40例，其中治疗组20例，对照组20例。", [40, 20, 20]),
    # a bound, not a count
    ("纳入的研究中半数样本量不足20例。", []),
    ("随访期间细胞组自然妊娠4例。", []),  # an outcome: that many conceived
    ("共纳入40例患者，最终36例完成随访。", [40]),
    ("共纳入86例卵巢早衰患者。", [86]),
    ("本研究共收集POI患者42例。", [42]),
    ("选取2019年1月至2021年6月我院收治的60例患者作为研究对象。", [60]),
    ("符合纳入标准的患者共38例，随机分为两组。", [38]),
    ("30例患者完成随访。", [30]),
    ("将符合标准的56名女性随机分为观察组和对照组。", [56]),
    ("研究对象为24例卵巢储备功能减退患者。", [24]),
    ("共招募40名受试者参与本试验。", [40]),
    ("本研究纳入了两百例患者。", [200]),
    ("共有25例患者接受了干细胞治疗。", [25]),
    ("收集2020年就诊的卵巢早衰患者52例。", [52]),
    ("本组32例，年龄25～39岁。", [32]),
    ("最终入组患者48例，均签署知情同意书。", [48]),
    ("共选取卵巢功能不全患者七十例。", [70]),
    ("研究共招募志愿者48名，均为育龄女性。", [48]),
    ("观察组41例，对照组39例。", [41, 39]),
    ("本研究共纳入60例。", [60]),
    ("选取我院2019年收治的POI患者80例。", [80]),
    ("将患者随机分为两组，每组30例。", [30]),
    ("研究对象共96名。", [96]),
    ("本研究纳入POI患者共计60例，其中治疗组32例，对照组28例。", [60, 32, 28]),
    ("本组病例共18例。", [18]),
    ("入选患者共45人。", [45]),
    ("共有36例患者入组。", [36]),
    ("纳入符合标准的卵巢功能不全患者（n=40）。", [40]),
    ("将64例患者随机分为观察组和对照组，各32例。", [64, 32]),
    ("收治POF患者共计72例。", [72]),
    ("本研究招募了110名女性。", [110]),
    ("回顾性分析2018年至2022年于我院接受治疗的58例患者的临床资料。", [58]),
    # a second set, written after the grammar and run before changing it again
    ("选取2020年至2022年收治的POI患者80例。", [80]),
    ("本研究共纳入46例患者。", [46]),
    ("将30例患者随机分为治疗组和对照组，每组15例。", [30, 15]),
    ("对12例卵巢早衰患者进行干细胞移植。", [12]),
    ("研究纳入68名受试者。", [68]),
    ("本文报道3例POI患者。", [3]),
    ("我院收治的50例卵巢功能不全患者。", [50]),
    ("入组患者20例，年龄28～40岁。", [20]),
    ("每组8只小鼠。", []),
    ("其中6例妊娠。", []),
    ("共获卵23枚。", []),
    ("7例失访。", []),
    ("共纳入9篇文献。", []),
    ("2例出现腹痛。", []),
    ("将48只大鼠随机分为4组。", []),
    # a third set
    ("本研究纳入POI患者42例，随机分为两组。", [42]),
    ("将36例患者随机分为观察组与对照组，每组18例。", [36, 18]),
    ("选择15例卵巢功能减退患者进行自体干细胞移植。", [15]),
    ("共招募200名志愿者。", [200]),
    ("其中3例失访。", []),
    ("共移植胚胎12枚。", []),
    ("将30只大鼠随机分为3组，每组10只。", []),
    ("纳入15篇文献。", []),
    # not sample sizes
    ("获卵数共128枚。", []),
    ("共移植胚胎46个。", []),
    ("其中12例恢复月经。", []),
    ("共进行了85个周期。", []),
    ("每组10只大鼠。", []),
    ("共检索到156篇文献。", []),
    ("5例出现轻微腹痛。", []),
    ("本组失访2例。", []),
    ("失访共计3人。", []),
    ("本研究共3名医生参与操作。", []),
    ("术后8例恢复月经。", []),
    ("其中5例妊娠。", []),
    ("每组10只小鼠。", []),
    ("将40只SD大鼠随机分为4组。", []),
    ("3例患者失访。", []),
    ("排除不符合标准的患者6例。", []),
    ("治疗后4例自然妊娠。", []),
    ("共纳入12项研究进行分析。", []),
    ("筛选 12例 9例 21例", []),  # a flow chart's boxes run together
    # a part of the count before it; an outcome obtained
    ("接受3次注射的10例中7例月经恢复。", []),
    ("共纳入48例患者，其中5例获得临床妊娠。", [48]),
]


# a fourth set: forms counted in real abstracts of any field of medicine
# (knee, heart, liver, spinal cord, diabetes, PCOS, IVF, POI), each said
# again in our own words and numbers, run before the grammar was changed
WILD_EN = [
    ("Women (n=36; aged 29-42 years) with a poor response had PRP injected into both ovaries.", [36]),
    ("Participants (N = 240; age 20-41) underwent intraovarian injection.", [240]),
    ("A total of forty-one women with a poor response and mean age 37.9 ± 2.1 enrolled in this trial.", [41]),
    ("In total 58 women were included, of whom 19 had POI.", [58]),
    ("Patient(s): Twenty-two infertile women with a thin endometrium.", [22]),
    ("Participants: 64 women with diminished ovarian reserve.", [64]),
    ("Patients were randomised to cells (arm 1, 14 subjects) or saline (arm 2, 12 subjects).", [14, 12]),
    ("Eligible patients were randomly assigned to intracoronary cells (n=21) or usual care (n=11).", [21, 11]),
    ("Group B (n = 16) received a second infusion at 3 months.", [16]),
    ("In all, 34 patients were included: 15 in the intra-arterial group, 11 in the intravenous group and eight in the control group.",
     [34, 15, 11, 8]),
    ("Twenty-six patients with chronic heart failure were enrolled in the study.", [26]),
    ("Eleven patients with alcoholic cirrhosis underwent bone marrow cell infusion.", [11]),
    ("This was a retrospective cohort study of 57 women.", [57]),
    ("Nine children with complete spinal cord injury received cells.", [9]),
    ("A total of 32 patients with ischaemic stroke undergoing thrombectomy were divided into cell and control groups.", [32]),
    # traps of the same abstracts: animals, outcomes, procedures, parts of the sample
    ("Ischaemic rats (n = 9) received either cells or medium.", []),
    ("Four pregnancies were achieved, two after embryo transfer.", []),
    ("Of these women, 19 conceived spontaneously.", []),
    ("17 of 18 procedures caused no adverse event.", []),
    ("Improvement was seen in two of the seven women.", []),
    ("Each group comprised 12 cycles.", []),
    # a second search: the sample told by sex is no second sample
    ("A total of 40 patients were selected, including 34 males and 6 females.", [40]),
    ("The trial enrolled 219 patients with cirrhosis who were divided into a control group (n=111) and a treated group (n=108).",
     [219, 111, 108]),
]

WILD_ZH = [
    ("我们共招募了 26 名膝骨关节炎患者。", [26]),
    ("低、中、高剂量组每组三名患者。", [3]),
    ("回顾性分析2016年至2020年接受治疗的212例肝硬化患者的病历资料。", [212]),
    ("将患者分为A组（n=40）和B组（n=37）。", [40, 37]),
    ("纳入符合标准的PCOS女性318例进行研究。", [318]),
    ("选取2020年1月至2021年12月收治的病人104例作为研究对象。", [104]),
    ("对36例卵巢储备功能减退患者进行疗效观察。", [36]),
    ("21例患儿被随机分入治疗组和对照组。", [21]),
    ("纳入患者64例（共75只眼）。", [64]),
    ("每组各8只大鼠。", []),
    ("两组各60个周期。", []),
    ("缺血大鼠（n=8）接受细胞移植。", []),
    ("选取2019年收治的40例慢阻肺患者，其中男34例，女6例，随机分为两组，每组各20例。", [40, 20]),
    ("10例患者在12个月内失访。", []),
    ("将62例股骨头坏死病人分为两组，各31例。", [62, 31]),
]

# forms of the blind papers (written without the rules), in our own words
BLIND_EN = [
    # the people a treatment was given to, named after it
    ("Garcia et al. gave autologous cells by intra-arterial infusion to 18 women.", [18]),
    ("Cells were offered to 3 of the 12 women.", []),  # a part of people already counted
    # a verb after a comma is not the counted people's ("a trial of 64 women [4], reported …")
    ("The biggest series, a cohort of 64 women [4], reported two pregnancies.", [64]),
    # an outcome after a bracket that splits the people ("Nine women (five and four) conceived")
    ("Nine women (five in the cell arm, four in the other) conceived during the study.", []),
    ("Three women in the placebo arm withdrew before the second visit.", []),
    # the people whose records or organs are meant: the whole, not a part of them
    ("The charts of 64 women treated with cells were reviewed.", [64]),
    ("Cells were placed in the ovaries of 12 women.", [12]),
    ("Cells went into the right ovary in each of nine women.", [9]),
    # those who completed are a part of those enrolled; alone they are the sample
    ("Twenty-two women were randomised. Nineteen women completed the trial.", [22]),
    ("Twelve participants completed the six-month protocol.", [12]),
]

#: forms of a later round: a count in words before its verb after an earlier
#: count, people leaving a named group, a sample size worked out
#: beforehand, people found before the final inclusion, outcomes counted
#: for one group and then another
SECOND_EN = [
    ("Fifty-two women were screened for eligibility and thirty-eight were randomised.", [38]),
    ("Three patients of the sham arm dropped out after the first visit.", []),
    ("With 90% power the comparison required 40 per group; 45 per group allowed for dropouts.", []),
]
SECOND_EN += [
    # "in N people" after a verb of giving or using the treatment is the whole given to;
    # after a change, the people it happened to
    ("Laparoscopic grafting of marrow cells was performed in 14 women with early menopause.", [14]),
    ("Jones et al. [8] infused the cells through the ovarian artery in 22 patients.", [22]),
    ("The cells were infused and menses returned in 6 women.", []),
    # studies counted are no people; case reports are
    ("The review pooled 6 randomized controlled trials and 3 case series.", []),
    ("We describe two case reports of ovarian insufficiency.", [2]),
    ("After the infusion, 7 patients encountered a mild headache.", []),
    # the verb after "and" is the authors', not the people's the preposition governs
    ("Brown et al. [5] injected the plasma in 16 women and reported two pregnancies.", [16]),
    # those who completed, a bracket between: a part where a larger count is said
    ("A total of 70 women were randomised. Sixty-six women (33 in each arm) completed the study.", [70]),
    # a smaller count said after the people taken in is a part of them, unless its
    # sentence sets it apart: an arm, a dose, another study
    ("A total of 48 women were enrolled. Forty-one women received all four infusions.", [48]),
    ("Sixty women were included. Twelve patients received the lower dose.", [60, 12]),
    ("Forty women were randomised. An earlier study had given the cells to 12 women.", [40, 12]),
    # "of N people" after a study or what the treatment went into is the whole, whatever follows
    ("An Italian trial of 64 women reported that AMH rose.", [64]),
    ("Plasma was injected into the uterus of 21 women with thin endometrium.", [21]),
    ("Smith et al. [7] treated 19 poor responders with autologous plasma.", [19]),
    # "pts" abbreviates patients; people taken in named after the count, past "who were"
    ("The registry held 240 pts with a failing graft.", [240]),
    ("The trial tested the cells in eleven diabetic patients who were randomised to two doses.", [11]),
    # "(N each)" after the arms: one count for every arm
    ("Sixty women were allocated to a plasma arm or a saline arm (30 each).", [60, 30]),
    ("Twelve replicates were compared between the two strains (four each).", []),  # no arm, no people
    # the whole is the count its own words take in, not another count of its sentence
    ("A stimulation test was performed in 250 consecutive women and 45 women were included. "
     "Hormones were then measured (n = 45).", [250, 45, 45]),
    # counts that add up to the whole are its arms
    ("A total of 30 women were enrolled. Ten women received marrow cells and twenty women received cord cells.",
     [30, 10, 20]),
]
SECOND_ZH = [
    ("共收集同期就诊的患者150例，排除资料不全者12例、失访者8例，最终纳入130例。", [130]),
    ("随访期间共活产6例（细胞组4例，对照组2例），其中1例为双胎。", []),
    ("共筛查患者88例，排除不符合标准者20例，最终纳入68例。", [68]),
    ("随访期间细胞组临床妊娠5例，对照组2例。", []),
    ("治疗后3个月观察组症状好转22例，对照组15例。", []),
    ("本研究共纳入45例患者。输注后一过性头痛5例，均自行缓解。", [45]),
    ("共纳入45例患者，随机分为两组。观察组23例，对照组22例。", [45, 23, 22]),
    # a hormone named in the next clause says nothing of this count
    ("本组共收治38例患者，FSH升高者均予以复查。", [38]),
]
THIRD_EN = [
    # the people taken in, counted after those screened (not those screened, nor those left out)
    ("Of 95 men screened, 41 with azoospermia were enrolled.", [41]),
    ("Of 150 women assessed for eligibility, sixty met the criteria.", [60]),
    ("Of 88 patients screened, 20 were not eligible.", []),
    ("Of 57 women screened, 9 did not meet the criteria.", []),
    # the size of every arm said with the number of arms
    ("Two groups of 25 patients each received the cells or saline.", [25]),
    # the people of each arm, said by the arm they formed
    ("Thirty formed the cell group and 30 the placebo group.", [30, 30]),
    # a relative clause of the treatment describes the people, what happened to them comes later
    ("Eighteen women who had received plasma injections were re-examined.", [18]),
    ("Five women who had a relapse were treated again.", []),
    # an arm's people said after it without their noun
    ("The cell group included 21 patients, while the placebo group included 19.", [21, 19]),
    ("Twenty-four healthy females volunteered for the plasma injections.", [24]),
    # a possessive is one word of the words between a count and its noun
    ("We enrolled eleven early Parkinson's disease patients.", [11]),
    # the people whose course or status a paper reports are its sample
    ("This report gives the clinical course of four children with spinal muscular atrophy.", [4]),
    # what happened to people counted by group, the group named by a letter or the other count alone
    ("Nine patients in arm B and two in arm C had surgery by the last visit.", []),
    ("Three women in the cell group and five controls had relapsed by month 12.", []),
    ("Six women missed the week-24 visit.", []),
    ("Three men were ineligible at screening and had been enrolled in error.", []),
    ("Nausea after the infusion was reported by 8 women.", []),
    # a study's aim in the present tense, the treatment and its people far apart
    ("We set out to evaluate the tolerability and the longer-term neurological and biochemical effects of"
     " repeated intrathecal cord-derived stromal cells in 31 patients with motor neurone disease.", [31]),
    # the second arm's count with its verb and noun left out
    ("Sixteen volunteers were allotted to the vesicles and 15 to sham injections.", [16, 15]),
    ("The plasma cohort comprised 27 women and the saline cohort 26.", [27, 26]),
    ("Nineteen men received the graft and seven served as controls.", [19, 7]),
    # each arm with its count in brackets, two arms at least
    ("Patients were randomly divided between marrow cells (17), cord cells (18) or usual care (16).", [17, 18, 16]),
    ("Patients were divided between two centres (2019).", []),
    ("Women were randomised, 3 to 5 years after diagnosis, to cells or saline.", []),
]
THIRD_ZH = [
    # 排除标准 names criteria, not people excluded
    ("选取符合纳入和排除标准的卵巢早衰患者56例，随机分为两组。", [56]),
]

EN += WILD_EN + BLIND_EN + SECOND_EN + THIRD_EN
ZH += WILD_ZH + SECOND_ZH + THIRD_ZH


@pytest.mark.parametrize("text, sizes", EN + ZH, ids=[t for t, _ in EN + ZH])
def test_a_sample_size_is_read_from_how_it_is_said(text, sizes):
    assert [f.value["n"] for f in facts(text, "sample_size")] == sizes


def test_counts_in_both_languages():
    assert len(EN) >= 20 and len(ZH) >= 20
    assert any(not s for _, s in EN) and any(not s for _, s in ZH)


def test_a_count_of_people_in_a_column_of_participants_is_a_sample():
    from formkit import table_facts

    def table(*rows):
        return [f.value["n"] for f in table_facts("sample_size", *rows)]

    assert table("Study | Population | Cells | Route", "Hale 2020 | 24 women | BMSCs | intraovarian") == [24]
    assert table("Study | Model | Cells | Route", "Hale 2020 | 24 rats | BMSCs | tail vein") == []
    # a column headed by its people and ", n" or "treated"
    assert table("Study | Design | Women, n | Cells", "Okoro 2021 | RCT | 44 | UC-MSC") == [44]
    assert table("Level | Dose | Women treated | DLT", "Level 2 | 5 × 10^6 | 4 | 0") == [4]
    # a row labelled by its people gives each group's size, its column's head the arm; "Total" is the whole
    def sized(*rows):
        return [(f.value["n"], f.arm) for f in table_facts("sample_size", *rows)]

    assert sized("Feature | PRP arm | Saline arm | Total | P", "Patients, n | 22 | 21 | 43 | 0.88",
                 "Age, years | 36 | 37 | 36 | 0.41") == [(22, "PRP arm"), (21, "Saline arm"), (43, None)]
    assert sized("Feature | PRP arm | Saline arm", "Miscarriage, n | 3 | 2") == []
    # an aside in brackets after the head, and after the count in its cell
    assert table("Trial | Number of patients (stage) | Cells", "Ruiz 2018 | 11 (stage II-III) | BM-MSC") == [11]
