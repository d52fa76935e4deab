/**
 * Phrase banks for the synthetic benchmark corpus: the words inspectors, peer reviewers
 * and councils use about children's services, so that generated findings, actions and
 * report bodies read like the real thing and give Pagefind a realistic vocabulary.
 *
 * Verb agreement: the first verb of a predicate (and verbs coordinated with it by "and")
 * is written as a token, `{is}`, `{has}`, `{does}`, `{helps}`…, which `agree()` fills in for
 * a singular or plural topic. Figures use `{n}`, `{m}`, `{k}`, `{p}`, `{q}`, `{month}`,
 * `{year}`, filled in by the generator. Nothing here may contain `<`, `>` or braces in
 * the output, nor anything that looks like personal data: the corpus must be valid MDX
 * and pass the checker.
 */

export interface Topic {
  text: string;
  plural?: boolean;
}

export interface ThemeBank {
  /** Noun phrases for what the finding is about. */
  topics: Array<string | Topic>;
  /** Predicates when it goes well (subject: a topic). */
  good: string[];
  /** Predicates when it falls short. */
  poor: string[];
  /** What a recommendation asks for: "Ensure that …". */
  asks: string[];
  /** Themes a finding on this theme is often also tagged with. */
  related: string[];
}

const t = (text: string): Topic => ({ text, plural: true });

/** Keyed by the real theme ids in content/vocabularies/themes.yaml. */
export const themeBanks: Record<string, ThemeBank> = {
  'leadership-governance': {
    topics: ['the improvement board', 'political and corporate leadership', t('senior leaders'), 'the lead member’s oversight of children’s services', 'the self-assessment'],
    good: ['{has} a clear and accurate understanding of the quality of practice', '{is} ambitious for children and {has} secured additional investment in social work', '{has} driven steady improvement since the last inspection', '{is} well informed by regular visits to frontline teams'],
    poor: ['{does} not yet have an accurate view of the quality of practice', '{has} been too slow to act on the weaknesses identified at the last inspection', '{is} overly optimistic and not supported by audit findings', '{has} not ensured that improvement plans are completed on time'],
    asks: ['senior leaders have an accurate understanding of frontline practice, informed by audit and performance data', 'the improvement plan is monitored closely by the improvement board, with clear timescales and measures of impact', 'elected members receive regular reports on the experiences and progress of children'],
    related: ['management-oversight', 'performance-management', 'quality-assurance'],
  },
  'management-oversight': {
    topics: ['management oversight of casework', 'managers’ decision making', t('case directions from team managers'), 'oversight of drift and delay', 'the recording of management decisions'],
    good: ['{is} visible on most case files and {does} lead to timely decisions', '{is} purposeful, with clear actions and timescales that are followed up', '{has} improved, and case records now show the rationale for key decisions'],
    poor: ['{is} not always evident, and some children experience drift in their plans', '{does} not consistently challenge weak assessments or slow progress', '{is} often limited to a brief endorsement of the social worker’s plan', '{does} not make sure that agreed actions happen within timescales'],
    asks: ['management oversight is consistently recorded and challenges drift and delay in children’s plans', 'managers record the reasons for their decisions and review progress against agreed actions', 'decisions to step children up or down are overseen by a manager and recorded on the child’s file'],
    related: ['supervision', 'practice-quality', 'care-planning'],
  },
  'quality-assurance': {
    topics: ['the quality assurance framework', 'case auditing', t('monthly practice audits'), 'moderation of audit findings', 'learning from audits'],
    good: ['{is} well established and {does} give leaders an accurate picture of practice', '{is} moderated by senior managers, and findings are shared with teams', '{has} led to measurable improvements in the quality of assessments'],
    poor: ['{is} not yet embedded, and audit grades are too generous', '{does} not focus enough on the impact of practice on children', '{has} not led to consistent improvement in practice', '{is} carried out but actions from audits are not followed up'],
    asks: ['case audits focus on the impact of practice on children and that actions from audits are completed', 'audit findings are moderated so that they give an accurate view of practice', 'learning from audits is shared with practitioners and leads to improvement'],
    related: ['management-oversight', 'performance-management', 'practice-quality'],
  },
  'performance-management': {
    topics: ['performance information', 'the performance scorecard', t('key performance indicators'), 'the use of data by managers', 'performance reporting to members'],
    good: ['{is} timely and accurate and {is} used well by managers to track progress', '{is} reported monthly to the improvement board and {does} drive action', '{has} improved since the introduction of the new case management system'],
    poor: ['{is} not reliable enough to give leaders assurance about performance', '{does} not include measures of the quality of practice', '{is} not routinely used by team managers to identify children at risk of drift', '{has} been undermined by problems with the case management system'],
    asks: ['performance information is accurate and used by managers at every level to improve practice', 'the performance scorecard includes measures of quality as well as timeliness', 'members receive performance reports that show the impact of services on children'],
    related: ['leadership-governance', 'quality-assurance'],
  },
  workforce: {
    topics: ['the recruitment and retention of social workers', t('agency social workers'), 'the workforce strategy', 'the stability of the workforce', t('newly qualified social workers'), 'the social work academy'],
    good: ['{has} improved, and the use of agency staff has reduced significantly', '{is} well supported through a protected caseload and regular training', '{is} now stable, and most children keep the same social worker'],
    poor: ['{is} too reliant on agency social workers, and many children have had several social workers', '{has} not yet reduced the turnover of staff in the assessment teams', '{is} affected by high vacancy rates in key teams', '{does} not yet provide a career pathway that retains experienced practitioners'],
    asks: ['the workforce strategy reduces the reliance on agency social workers and improves retention', 'newly qualified social workers have protected caseloads and regular supervision', 'children have fewer changes of social worker'],
    related: ['caseloads', 'supervision', 'leadership-governance'],
  },
  caseloads: {
    topics: [t('caseloads'), t('social workers’ caseloads'), 'workload management', t('caseloads in the assessment teams')],
    good: ['{are} manageable, which allows social workers to spend time with children', '{are} monitored weekly by managers and {have} reduced since the last inspection'],
    poor: ['{are} too high in some teams, which limits the time social workers spend with children', '{are} not monitored closely enough by senior managers', '{have} increased because of vacancies and rising demand', '{are} highest in the teams with the most agency staff'],
    asks: ['caseloads are reduced to a level that enables social workers to do purposeful direct work with children', 'caseloads are monitored regularly and action is taken when they are too high'],
    related: ['workforce', 'practice-quality'],
  },
  supervision: {
    topics: ['supervision', 'reflective supervision', t('supervision records'), 'the frequency of supervision', 'group supervision'],
    good: ['{is} regular and reflective and {helps} social workers to think about risk', '{is} well recorded, with clear actions for each child', '{is} valued by social workers, who say they feel well supported'],
    poor: ['{is} not always regular, and records do not show reflection or challenge', '{is} task focused and {does} not help social workers to reflect on their practice', '{is} not recorded consistently on children’s files', '{does} not routinely review progress against children’s plans'],
    asks: ['supervision is regular, reflective and recorded, and it challenges drift in children’s plans', 'supervision records show the actions agreed for each child and whether previous actions were completed'],
    related: ['management-oversight', 'workforce', 'practice-quality'],
  },
  'practice-quality': {
    topics: ['the quality of assessments', 'direct work with children', 'the quality of case recording', t('chronologies'), 'the practice model', 'relationship-based practice', 'Signs of Safety'],
    good: ['{is} strong, and children’s histories are used well to understand risk', '{is} creative and sensitive, helping children to express their wishes and feelings', '{is} consistently good in the permanence teams', '{is} well embedded and understood by practitioners and partners'],
    poor: ['{is} variable, and too many assessments are descriptive rather than analytical', '{is} not always evident, and children’s wishes are not always recorded', '{does} not always take account of the impact of parents’ histories', '{is} not yet consistently applied across all teams'],
    asks: ['assessments are analytical, consider children’s histories and lead to clear plans', 'direct work with children is purposeful and recorded, so that their wishes and feelings inform their plans', 'the practice model is applied consistently across the service'],
    related: ['management-oversight', 'voice-of-child'],
  },
  'voice-of-child': {
    topics: ['the voice of the child', 'the children in care council', 'advocacy for children', 'children’s participation in their reviews', 'consultation with young people', 'the Mind of My Own app'],
    good: ['{is} strong, and children’s views do shape services', '{is} active and {has} influenced the pledge to children in care', '{is} offered to all children in care and those subject to child protection plans', '{is} well promoted, and more children now attend their own reviews'],
    poor: ['{is} not always evident in assessments and plans', '{is} not offered consistently, and few children take it up', '{does} not yet influence service design', '{is} too often recorded as a single line rather than in the child’s own words'],
    asks: ['children’s views are recorded in their own words and inform their plans', 'children are routinely offered an advocate and supported to take part in their reviews', 'the children in care council is supported to influence services and the work of the corporate parenting panel'],
    related: ['practice-quality', 'corporate-parenting'],
  },
  'corporate-parenting': {
    topics: ['corporate parenting', 'the corporate parenting panel', 'the corporate parenting board', 'the pledge to children in care', 'elected members’ understanding of their corporate parenting role'],
    good: ['{is} strong, and members know the children they are responsible for', '{is} well attended by partners and young people and {does} focus on outcomes', '{has} secured council tax exemption and work experience for care leavers'],
    poor: ['{is} underdeveloped, and partners do not always attend', '{does} not receive enough information about the experiences of children in care', '{has} not yet made sure that the pledge to children is delivered', '{is} not challenging enough about placement sufficiency and outcomes'],
    asks: ['the corporate parenting panel receives regular information on the progress and experiences of children in care and care leavers', 'all elected members understand and fulfil their responsibilities as corporate parents', 'the pledge to children in care is refreshed with children and its delivery is monitored'],
    related: ['looked-after-children', 'care-leavers', 'leadership-governance'],
  },
  'partnership-working': {
    topics: ['partnership working', 'multi-agency working', 'joint work with health partners', 'work with the police', 'information sharing between agencies', 'the children and young people’s partnership'],
    good: ['{is} strong at a strategic and operational level', '{is} effective, and professionals share information promptly', '{has} improved the response to children at risk of exploitation'],
    poor: ['{is} not consistently effective, and some partners do not attend meetings', '{is} undermined by delays in sharing information', '{does} not yet include schools and health visitors as full partners', '{is} reliant on the efforts of individuals rather than agreed protocols'],
    asks: ['partners attend and contribute to child protection conferences and core groups', 'information is shared promptly between agencies so that risk is understood', 'partnership arrangements are clear and understood by all agencies'],
    related: ['safeguarding-partnership', 'child-protection'],
  },
  'safeguarding-partnership': {
    topics: ['the local safeguarding children board', 'the safeguarding partnership', 'the board’s multi-agency audit programme', 'serious case reviews', 'the board’s training offer', 'the LSCB annual report'],
    good: ['{is} well chaired and {does} hold partners to account', '{has} a clear understanding of the effectiveness of multi-agency safeguarding', '{is} thorough, and learning is disseminated widely'],
    poor: ['{does} not have a clear enough understanding of the effectiveness of early help', '{is} not yet evaluating the impact of its training', '{has} not ensured that learning from serious case reviews is embedded', '{does} not receive a comprehensive multi-agency data set'],
    asks: ['the safeguarding partnership monitors the effectiveness of multi-agency safeguarding, using a comprehensive data set', 'learning from serious case reviews is embedded in practice and its impact evaluated', 'the board’s annual report gives a rigorous assessment of local safeguarding'],
    related: ['partnership-working', 'child-protection', 'quality-assurance'],
  },
  'early-help': {
    topics: ['early help', 'the early help offer', t('early help assessments'), 'step-down to early help', t('family hubs'), 'the troubled families programme'],
    good: ['{is} well coordinated and {does} help families before problems escalate', '{is} well understood by partners, who lead a growing number of assessments', '{is} timely, and families receive the right help quickly', '{is} making a positive difference to families'],
    poor: ['{is} not yet understood by all partners, and too few assessments are led by schools', '{is} not always timely, and some families wait too long for help', '{does} not have a clear measure of its impact', '{is} inconsistent, and some cases are closed before work is complete'],
    asks: ['partners understand and use the early help offer, and its impact on families is evaluated', 'step-down to early help is timely and well managed, so that families continue to receive support', 'early help assessments are of good quality and lead to clear plans'],
    related: ['thresholds', 'partnership-working', 'children-in-need'],
  },
  thresholds: {
    topics: ['the MASH', 'the multi-agency safeguarding hub', 'the front door', 'the application of thresholds', 'contact and referral arrangements', 'the threshold document'],
    good: ['{is} effective, and decisions are timely and proportionate', '{is} well staffed and {has} strong partner involvement', '{is} understood by partners, and thresholds are applied appropriately'],
    poor: ['{is} not always applied consistently, and some children are stepped down too soon', '{does} not always identify risk quickly enough', '{has} a backlog of contacts waiting for a decision', '{is} not well understood by partner agencies, leading to inappropriate referrals'],
    asks: ['thresholds are understood and applied consistently by all agencies', 'decisions at the front door are timely and proportionate, and parents’ consent is sought and recorded', 'contacts are screened promptly so that risk is identified without delay'],
    related: ['early-help', 'child-protection', 'partnership-working'],
  },
  'child-protection': {
    topics: [t('strategy discussions'), t('child protection enquiries'), t('child protection conferences'), t('core groups'), t('child protection plans'), 'the response to domestic abuse'],
    good: ['{are} timely and well attended by partners', '{are} thorough, and children are seen and spoken to alone', '{are} effective in reducing risk for most children', '{are} clear and focused on what needs to change'],
    poor: ['{are} not always held promptly, and the police are not always involved', '{are} not always recorded, and some children are not seen quickly enough', '{do} not always lead to a reduction in risk, and some children remain on plans for too long', '{are} not focused enough on outcomes for children'],
    asks: ['strategy discussions are held promptly, involve all relevant agencies and are recorded', 'child protection plans are specific and measurable, and core groups review progress against them', 'children subject to child protection enquiries are seen alone and their views recorded'],
    related: ['partnership-working', 'thresholds', 'management-oversight'],
  },
  'children-in-need': {
    topics: [t('children in need plans'), 'help for children in need', t('children in need reviews'), 'support for disabled children', 'work with children in need'],
    good: ['{is} purposeful, and most children’s circumstances improve', '{are} regularly reviewed and updated', '{is} well coordinated by the children with disabilities team'],
    poor: ['{are} not always specific, and reviews do not happen on time', '{is} not always effective, and some children’s circumstances do not improve', '{is} subject to drift and delay in a minority of cases'],
    asks: ['children in need plans are specific, reviewed regularly and lead to improved circumstances for children', 'the needs of disabled children are assessed and met in a timely way'],
    related: ['practice-quality', 'care-planning'],
  },
  'looked-after-children': {
    topics: ['care for children looked after', t('children in care'), 'the experiences of children in care', 'the decision to bring children into care', 'the entry to care panel'],
    good: ['{is} good, and children make progress in their placements', '{are} well supported by social workers who know them well', '{is} timely and appropriate, and children are not left at risk'],
    poor: ['{is} too variable, and some children do not receive the support they need', '{are} not always visited within statutory timescales', '{is} not always informed by a thorough assessment', '{have} too many changes of social worker and placement'],
    asks: ['children in care are visited within statutory timescales and seen alone', 'decisions for children to come into care are timely and informed by a thorough assessment', 'children in care have stable relationships with their social workers'],
    related: ['care-planning', 'placements', 'corporate-parenting'],
  },
  'care-planning': {
    topics: [t('care plans'), t('looked after reviews'), 'care planning', 'the timeliness of reviews', 'planning for children'],
    good: ['{are} comprehensive, timely and reflect children’s wishes', '{is} child focused and well informed by assessments', '{are} held on time and {are} attended by the people who matter to the child'],
    poor: ['{are} not always up to date, and some do not reflect children’s current needs', '{is} not always timely, and some plans lack clear outcomes', '{are} not always used to challenge drift'],
    asks: ['care plans are up to date, specific and reflect the wishes and feelings of children', 'reviews are timely and drive progress in children’s plans'],
    related: ['independent-reviewing', 'looked-after-children', 'permanence'],
  },
  'independent-reviewing': {
    topics: [t('independent reviewing officers'), 'the IRO service', 'the IRO footprint on case files', 'IRO challenge', 'the IRO annual report', t('IRO caseloads'), 'the dispute resolution process'],
    good: ['{are} effective in challenging drift and delay', '{is} evident on children’s files, with clear midway reviews', '{is} timely and effective, and escalations are resolved quickly', '{has} improved since the appointment of a new service manager'],
    poor: ['{is} not sufficiently evident, and challenge is not always escalated', '{are} too high to allow IROs to monitor plans between reviews', '{does} not always lead to a change in the child’s plan', '{is} not used consistently to resolve disagreements about plans'],
    asks: ['independent reviewing officers monitor children’s plans between reviews and escalate concerns when progress is too slow', 'IRO caseloads allow them to fulfil their statutory role', 'the IRO annual report gives a robust account of the service and its impact'],
    related: ['care-planning', 'looked-after-children'],
  },
  permanence: {
    topics: ['permanence planning', 'planning for permanence', t('permanence planning meetings'), 'the permanence tracker', 'early permanence', 'the second review permanence plan', t('special guardianship orders')],
    good: ['{is} timely and robust, and most children achieve permanence without delay', '{is} well tracked by senior managers', '{is} considered early, including through fostering for adoption', '{is} supported by a strong permanence panel'],
    poor: ['{is} not always timely, and some children wait too long for a permanent home', '{is} not considered early enough for children who come into care', '{is} not tracked consistently, and drift is not always identified', '{does} not always include a parallel plan'],
    asks: ['every child has a permanence plan by their second review, and progress is tracked by senior managers', 'permanence options are considered early, including for older children', 'special guardians receive a thorough assessment and ongoing support'],
    related: ['care-planning', 'adoption', 'legal-proceedings'],
  },
  adoption: {
    topics: ['adoption performance', 'the timeliness of adoption', 'adoption timeliness', 'the recruitment of adopters', 'adoption support', 'the regional adoption agency', 'family finding'],
    good: ['{is} good, and children are matched with adoptive families without delay', '{is} better than the national average', '{is} well developed, and adopters speak highly of it', '{is} effective in finding families for brothers and sisters'],
    poor: ['{is} too slow, and children wait too long to be placed with their adoptive families', '{is} not sufficient to meet the needs of children waiting', '{is} not always timely after an adoption order is made', '{has} not yet improved since the transfer to the regional adoption agency'],
    asks: ['adoption timeliness improves so that children move to their adoptive families without delay', 'adoption support is assessed and provided promptly', 'family finding starts early for children with a plan for adoption'],
    related: ['permanence', 'placements'],
  },
  placements: {
    topics: ['placement stability', 'placement sufficiency', 'the sufficiency strategy', 'the recruitment of foster carers', t('foster carers'), t('residential placements'), 'placement matching', 'staying put'],
    good: ['{is} good, and most children live in stable placements close to home', '{is} well supported, and carers are positive about training', '{has} improved, with fewer children placed at a distance', '{is} thoughtful, and children are introduced to their carers before moving'],
    poor: ['{is} not good enough, and too many children have three or more moves in a year', '{is} insufficient, and too many children live more than 20 miles from home', '{has} not yet increased the number of in-house foster carers', '{is} not always informed by a thorough assessment of the child’s needs'],
    asks: ['the sufficiency strategy increases the range of local placements, including for older children and sibling groups', 'placement stability improves, and the reasons for placement moves are understood and acted on', 'matching is informed by a thorough assessment of the child’s needs'],
    related: ['looked-after-children', 'commissioning'],
  },
  'life-story-work': {
    topics: ['life story work', t('life story books'), t('later life letters'), 'direct work on children’s histories', 'the life story work offer'],
    good: ['{is} sensitive and timely and {does} help children understand their histories', '{are} of high quality and completed before children move to their adoptive families', '{is} now offered to all children in care, not only those with a plan for adoption'],
    poor: ['{is} not routinely undertaken, and some children do not understand why they are in care', '{are} not always completed in a timely way', '{is} too dependent on a small number of staff', '{is} not started early enough for children who come into care'],
    asks: ['all children in care have life story work that helps them to understand their histories', 'life story books and later life letters are completed within agreed timescales', 'life story work is started early and kept up to date as children’s plans change'],
    related: ['looked-after-children', 'adoption', 'permanence'],
  },
  'care-leavers': {
    topics: [t('pathway plans'), t('personal advisers'), 'the leaving care service', 'support for care leavers', 'the local offer for care leavers', 'staying put arrangements', 'contact with care leavers'],
    good: ['{are} detailed and written with young people', '{are} known well by care leavers, who value their support', '{is} strong, and most care leavers live in suitable accommodation', '{is} comprehensive and well publicised'],
    poor: ['{are} not always up to date and do not address young people’s needs', '{is} not maintained with all care leavers, and some are out of touch', '{does} not yet give care leavers enough help into education, employment or training', '{is} not clear to young people, who do not know their entitlements'],
    asks: ['pathway plans are up to date, written with young people and address their needs', 'care leavers receive support to move into education, employment or training', 'care leavers know their entitlements, and the local offer is published and understood'],
    related: ['housing', 'corporate-parenting', 'health'],
  },
  housing: {
    topics: ['housing for care leavers', 'suitable accommodation for care leavers', 'the use of bed and breakfast', 'the joint protocol with housing', 'supported accommodation', 'housing for homeless sixteen and seventeen year olds'],
    good: ['{is} good, and no young people are placed in bed and breakfast', '{is} well established, and care leavers have priority for social housing', '{is} of good quality and regularly reviewed'],
    poor: ['{is} insufficient, and some care leavers are placed in bed and breakfast', '{is} not always suitable, and young people do not feel safe', '{is} not yet agreed between children’s services and housing', '{does} not meet the needs of young people with complex needs'],
    asks: ['no care leaver is placed in bed and breakfast accommodation', 'care leavers have access to a range of suitable accommodation and are supported to manage their tenancies', 'homeless sixteen and seventeen year olds are assessed and offered accommodation in line with statutory guidance'],
    related: ['care-leavers', 'commissioning'],
  },
  health: {
    topics: [t('health assessments'), 'the health of children in care', t('initial health assessments'), 'access to child and adolescent mental health services', t('strengths and difficulties questionnaires'), 'emotional well-being support'],
    good: ['{are} timely and of good quality', '{is} well promoted by the looked after children health team', '{are} used well to understand children’s emotional health'],
    poor: ['{are} not always completed within statutory timescales', '{is} too slow, and children wait too long for help with their mental health', '{are} not always used to inform care plans', '{is} not available to care leavers who need it'],
    asks: ['initial health assessments are completed within statutory timescales', 'children in care have timely access to emotional and mental health support', 'care leavers receive a summary of their health history'],
    related: ['looked-after-children', 'partnership-working'],
  },
  education: {
    topics: ['the virtual school', t('personal education plans'), 'the educational progress of children in care', 'the attendance of children in care', 'the use of pupil premium plus', 'education, employment and training for care leavers'],
    good: ['{is} effective, and children in care make good progress at school', '{are} of good quality and set clear targets', '{is} monitored closely by the virtual school headteacher', '{has} improved, and fewer children are excluded'],
    poor: ['{are} not always completed on time and do not set clear targets', '{is} not good enough, and the gap with other children is not closing', '{is} not monitored closely enough, and some children miss too much school', '{is} too low, and too many care leavers are not in education, employment or training'],
    asks: ['personal education plans are completed on time, set clear targets and are reviewed each term', 'the virtual school tracks the attendance and progress of every child in care', 'more care leavers are supported into education, employment or training'],
    related: ['looked-after-children', 'care-leavers'],
  },
  'legal-proceedings': {
    topics: ['pre-proceedings work', 'the Public Law Outline', t('letters before proceedings'), 'legal planning meetings', 'the timeliness of care proceedings', 'the quality of court work', 'legal advice to social workers'],
    good: ['{is} effective, and fewer children need care proceedings', '{is} well tracked, and most cases conclude within 26 weeks', '{are} clear and accessible to parents', '{is} well regarded by the judiciary and Cafcass'],
    poor: ['{is} not always timely, and some children remain in pre-proceedings for too long', '{is} not tracked effectively, and drift is not identified', '{are} not always clear about what parents must change', '{is} not consistently of good quality, and some court statements are poorly evidenced'],
    asks: ['pre-proceedings work is timely and tracked, so that children do not wait too long for decisions', 'letters before proceedings are clear about what parents need to change', 'court work is of good quality and care proceedings conclude without delay'],
    related: ['permanence', 'management-oversight'],
  },
  'missing-exploitation': {
    topics: ['the response to children who go missing from home or care', t('return home interviews'), 'the response to child sexual exploitation', 'work to tackle child criminal exploitation', 'the multi-agency child exploitation panel', 'the response to gangs and county lines', t('children missing education')],
    good: ['{is} well coordinated, and risks are understood', '{are} timely and {do} inform safety planning', '{is} effective, and the panel has a good understanding of local patterns', '{is} strong, with good joint work with the police'],
    poor: ['{is} inconsistent, and risks are not always understood', '{are} not always offered or completed within 72 hours', '{is} not yet informed by analysis of patterns and trends', '{does} not always lead to effective safety plans'],
    asks: ['return home interviews are offered to every child who goes missing from home or care, and the information is used to reduce risk', 'the response to child sexual exploitation and child criminal exploitation is informed by analysis of local patterns', 'children at risk of exploitation have clear safety plans that are reviewed regularly'],
    related: ['child-protection', 'partnership-working'],
  },
  commissioning: {
    topics: ['commissioning', 'the commissioning of placements', 'the commissioning strategy', 'contract monitoring of independent providers', 'the commissioning of advocacy services', 'joint commissioning with health'],
    good: ['{is} well informed by an analysis of need', '{is} effective in securing value for money and quality', '{is} rigorous, and quality concerns are followed up promptly'],
    poor: ['{is} not informed by a thorough analysis of children’s needs', '{has} not secured enough local placements', '{is} not sufficiently rigorous about the quality of provision', '{does} not yet include the views of children and young people'],
    asks: ['commissioning is informed by an analysis of need and secures sufficient local placements', 'the quality of commissioned services is monitored and concerns are acted on promptly'],
    related: ['placements', 'housing'],
  },
};

/** Frames a topic opens a sentence with. */
export const openers = [
  'Since the last inspection,', 'During the visit,', 'In most of the cases seen,', 'Across the service,', 'In a minority of cases,',
  'At the time of the review,', 'In the cases sampled by inspectors,', 'Over the past year,', 'For most children,', 'For a small number of children,',
  'Despite recent improvements,', 'As the council acknowledges,', 'In the cases tracked,', 'In the assessment teams,', 'In the children in care teams,',
  'Encouragingly,', 'However,', 'Consistent with the self-assessment,', 'In contrast,', 'More recently,', 'Overall,', 'In the older cases seen,',
];

export const actors = [
  'social workers', 'team managers', 'senior leaders', 'elected members', 'health partners', 'the police', 'schools', 'independent reviewing officers',
  'the principal social worker', 'the director of children’s services', 'the lead member', 'practice leads', 'family support workers',
  'personal advisers', 'foster carers', 'heads of service', 'the chief executive', 'child protection chairs', 'early help practitioners',
  'the virtual school headteacher', 'the designated doctor', 'the designated nurse', 'the independent chair of the safeguarding partnership',
  'advanced practitioners', 'the quality assurance team', 'service managers', 'school nurses', 'health visitors', 'youth offending workers',
];

/** What actors do, as [after a singular actor, after a plural actor]. */
export const actorVerbs: Array<[string, string]> = [
  ['has a clear understanding of', 'have a clear understanding of'], ['is not yet routinely challenging', 'are not yet routinely challenging'],
  ['regularly reviews', 'regularly review'], ['has begun to improve', 'have begun to improve'], ['speaks confidently about', 'speak confidently about'],
  ['tracks closely', 'track closely'], ['does not always record', 'do not always record'], ['receives regular reports on', 'receive regular reports on'],
  ['contributes well to', 'contribute well to'], ['is committed to improving', 'are committed to improving'], ['is positive about', 'are positive about'],
  ['raised concerns about', 'raised concerns about'], ['has prioritised', 'have prioritised'], ['is realistic about the weaknesses in', 'are realistic about the weaknesses in'],
  ['has invested in', 'have invested in'], ['has not yet evaluated the impact of', 'have not yet evaluated the impact of'],
];

/** Whether an actor takes a plural verb. */
export const actorIsPlural = (actor: string) => !actor.startsWith('the ') || actor === 'the police';

export const consequences = [
  'some children wait too long for decisions about their future', 'risks are not always reduced quickly enough', 'children’s plans are clearer and easier to follow',
  'families receive the right help at the right time', 'children’s circumstances improve', 'drift is identified and addressed', 'managers cannot be assured that practice is improving',
  'young people do not always know who to contact when they need help', 'children experience more stability in their lives', 'partners understand their responsibilities',
  'the quality of practice remains too variable', 'some children remain in situations of unassessed risk for too long', 'the council has a realistic view of its strengths and weaknesses',
  'children are helped to understand why decisions were made', 'progress has been slower than leaders intended', 'practitioners feel valued and supported',
];

export const methods = [
  'Inspectors met social workers, managers and partners, and looked closely at the experiences of {n} children.',
  'Reviewers read {n} case files, observed practice in {m} meetings and spoke with {k} young people.',
  'The team spoke with {n} social workers and {m} managers, and met representatives of the children in care council.',
  'Inspectors tracked {n} children’s experiences in depth and sampled a further {m} cases.',
  'The review drew on {n} audits completed by the council in the preceding {m} months.',
  'Reviewers held focus groups with frontline practitioners, foster carers and partner agencies over {k} days.',
  'Inspectors observed {m} strategy discussions and {k} child protection conferences.',
  'The visit included meetings with the chair of the corporate parenting panel and {k} elected members.',
];

/** Sentences with figures: {n} {m} {k} {p} {q} {month} {year} are filled in. */
export const figures = [
  'Of the {n} cases audited in {month} {year}, {m} were judged good or better and {k} required improvement.',
  'The number of children looked after rose from {m} to {n} over the year.',
  'Caseloads averaged {k} children per social worker in the assessment teams, against a target of {q}.',
  'The proportion of agency social workers fell from {p}% to {q}% over twelve months.',
  '{n} children were the subject of a child protection plan at the end of {month} {year}.',
  'Re-referrals within twelve months stood at {q}%, close to the average for statistical neighbours.',
  'In {month} {year}, {k} care leavers were living in unsuitable accommodation.',
  '{p}% of initial health assessments were completed within twenty working days.',
  'The average time between a child entering care and moving in with an adoptive family was {n} days.',
  '{q}% of children in care had three or more placements in the year.',
  'Return home interviews were offered to {p}% of children who went missing in the quarter.',
  '{p}% of personal education plans were rated good or better by the virtual school.',
  'The service received {n} contacts in the quarter to {month} {year}, of which {m} became referrals.',
  '{k} young people attended the children in care council in {year}.',
  'Staff turnover in the safeguarding teams was {q}% in the year to {month} {year}.',
  'The improvement board met {k} times between {month} {year} and the time of the visit.',
  '{p}% of care leavers aged 19 to 21 were in education, employment or training.',
  'The council’s budget for children’s social care was overspent by £{k} million in {year}.',
];

export const committees = [
  'Children’s Services Scrutiny Committee', 'Cabinet', 'Executive', 'Corporate Parenting Panel', 'Children and Young People Overview and Scrutiny Committee',
  'Council', 'Children’s Services Improvement Board', 'Children, Education and Families Select Committee', 'People Scrutiny Panel', 'Health and Wellbeing Board',
];

export const owners = [
  'Director of Children’s Services', 'Assistant Director, Safeguarding', 'Head of Service, Children Looked After', 'Head of Quality Assurance', 'Principal Social Worker',
  'Head of Early Help', 'Safeguarding Partnership Business Manager', 'Head of Legal Services', 'Virtual School Headteacher', 'Head of Commissioning',
  'Workforce Development Manager', 'Head of Leaving Care', 'Head of Service, Assessment and Intervention', 'Head of Fostering and Adoption', 'IRO Service Manager',
  'Performance and Information Manager', 'Designated Nurse for Children in Care', 'Head of Housing Options',
];

/** Plan priorities, with the themes their actions are tagged with. */
export const priorityBank: Array<{ title: string; themes: string[] }> = [
  { title: 'Leadership and Governance', themes: ['leadership-governance', 'performance-management'] },
  { title: 'Management Oversight and Quality Assurance', themes: ['management-oversight', 'quality-assurance', 'supervision'] },
  { title: 'Workforce', themes: ['workforce', 'caseloads', 'supervision'] },
  { title: 'The Front Door and Early Help', themes: ['thresholds', 'early-help'] },
  { title: 'Safeguarding and Child Protection', themes: ['child-protection', 'children-in-need'] },
  { title: 'Safeguarding Children Partnership', themes: ['safeguarding-partnership', 'partnership-working'] },
  { title: 'Children Looked After', themes: ['looked-after-children', 'care-planning', 'independent-reviewing'] },
  { title: 'Permanence and Adoption', themes: ['permanence', 'adoption', 'life-story-work'] },
  { title: 'Care Leavers', themes: ['care-leavers', 'housing'] },
  { title: 'Missing, Exploitation and Gangs', themes: ['missing-exploitation'] },
  { title: 'Commissioning and Sufficiency', themes: ['commissioning', 'placements'] },
  { title: 'Legal and Pre-proceedings', themes: ['legal-proceedings'] },
  { title: 'Voice of the Child', themes: ['voice-of-child', 'corporate-parenting'] },
  { title: 'Health and Education of Children in Care', themes: ['health', 'education'] },
  { title: 'Practice Standards', themes: ['practice-quality', 'management-oversight'] },
];

export const actionVerbs = [
  'Review', 'Embed', 'Develop', 'Introduce', 'Strengthen', 'Audit', 'Implement', 'Establish', 'Refresh', 'Roll out training on', 'Agree a protocol for',
  'Commission an independent review of', 'Report quarterly to the Improvement Board on', 'Recruit additional staff to support', 'Publish guidance on',
  'Hold practice workshops on', 'Set up a task and finish group on', 'Track monthly', 'Consult children and young people on', 'Evaluate the impact of',
];

export const actionPurposes = [
  'so that every child has a plan that is reviewed on time', 'to reduce drift and delay', 'and report findings to the Improvement Board',
  'with monthly tracking by heads of service', 'in line with statutory guidance', 'so that practice is consistent across all teams',
  'and share learning with frontline staff', 'with partners in health, education and the police', 'to improve outcomes for children in care',
  'and publish the results to staff', 'so that managers have accurate performance information', 'with a clear measure of impact',
  'and embed it in the practice standards', 'so that young people’s views shape the service',
];

export const ragNotes: Record<'red' | 'amber' | 'green' | 'white', string[]> = {
  red: [
    'Not progressed: the lead officer post has been vacant since {month} and the work is being re-planned.',
    'Delayed because the restructure of the service has not yet concluded; a revised date will go to the next board.',
    'Not started: the procurement exercise did not attract a suitable provider and is being re-run.',
    'Off track: the case management system changes needed for this action have slipped to {month}.',
    'Behind schedule because partner agencies have not yet agreed the protocol.',
  ],
  amber: [
    'In progress: the draft has been shared with partners for comment.',
    'Work is under way and the first audit cycle was completed in {month}.',
    'In progress; training has been delivered to {n} staff so far.',
    'Under way: a task and finish group meets fortnightly and will report in {month}.',
    'Progressing: the new guidance is being tested in two teams before wider roll-out.',
  ],
  green: [
    'Completed in {month}; the audit showed improvement in {n} of the cases sampled.',
    'Complete: the protocol was signed off by the partnership board in {month}.',
    'Completed and embedded in practice standards.',
    'Complete; the monthly report is now a standing item at the improvement board.',
  ],
  white: [
    'Not due to start until {month}.',
    'Scheduled for the next phase of the plan.',
  ],
};

/** Syllables for synthetic place names (localities, teams, authorities). */
export const placeHeads = ['Ash', 'Brack', 'Cal', 'Dun', 'Elm', 'Fen', 'Gar', 'Hal', 'Ings', 'Kel', 'Lang', 'Mar', 'Nor', 'Oak', 'Pen', 'Ral', 'Sel', 'Thorn', 'Wel', 'Yar', 'Bram', 'Cor', 'Dal', 'Fair', 'Glen', 'Hart', 'Lind', 'Mil', 'Rother', 'Stan', 'Tam', 'Wend', 'Ald', 'Bex', 'Chal', 'Holm', 'Kirk', 'Roe', 'Sand', 'Whit'];
export const placeTails = ['ford', 'ham', 'ley', 'bury', 'wick', 'ton', 'field', 'mouth', 'stead', 'worth', 'dale', 'by', 'chester', 'well', 'combe', 'minster', 'bridge', 'hurst', 'port', 'moor'];

export const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Peer review focuses: the KLOE titles a council asks its peers to look at, and their themes. */
export const peerFocuses: Array<{ topic: string; kloes: Array<{ title: string; themes: string[] }> }> = [
  {
    topic: 'looked after children and permanence',
    kloes: [
      { title: 'The quality and impact of pre-proceedings work', themes: ['legal-proceedings', 'permanence'] },
      { title: 'Decisions about children entering care', themes: ['looked-after-children', 'management-oversight'] },
      { title: 'Matching and placement stability', themes: ['placements', 'looked-after-children'] },
      { title: 'Permanence planning and achieving permanence', themes: ['permanence', 'adoption', 'life-story-work'] },
      { title: 'Management oversight and leadership', themes: ['management-oversight', 'leadership-governance'] },
      { title: 'The voice and participation of children in care', themes: ['voice-of-child', 'corporate-parenting'] },
    ],
  },
  {
    topic: 'the front door and early help',
    kloes: [
      { title: 'The effectiveness of the MASH and contact arrangements', themes: ['thresholds', 'partnership-working'] },
      { title: 'The understanding and application of thresholds', themes: ['thresholds', 'early-help'] },
      { title: 'The quality of early help assessments and plans', themes: ['early-help', 'practice-quality'] },
      { title: 'Step-up and step-down between early help and social care', themes: ['early-help', 'management-oversight'] },
      { title: 'Strategy discussions and child protection enquiries', themes: ['child-protection', 'partnership-working'] },
    ],
  },
  {
    topic: 'care leavers',
    kloes: [
      { title: 'The quality of pathway planning', themes: ['care-leavers', 'care-planning'] },
      { title: 'Suitable accommodation and housing', themes: ['housing', 'care-leavers'] },
      { title: 'Education, employment and training', themes: ['education', 'care-leavers'] },
      { title: 'Health and emotional well-being', themes: ['health', 'care-leavers'] },
      { title: 'The local offer and corporate parenting', themes: ['corporate-parenting', 'care-leavers'] },
    ],
  },
  {
    topic: 'practice quality and management oversight',
    kloes: [
      { title: 'The quality of assessments and plans', themes: ['practice-quality', 'care-planning'] },
      { title: 'Supervision and management oversight', themes: ['supervision', 'management-oversight'] },
      { title: 'Quality assurance and learning from audit', themes: ['quality-assurance', 'performance-management'] },
      { title: 'Workforce stability and caseloads', themes: ['workforce', 'caseloads'] },
      { title: 'Leadership and the improvement journey', themes: ['leadership-governance'] },
    ],
  },
  {
    topic: 'exploitation and missing children',
    kloes: [
      { title: 'The response to children who go missing', themes: ['missing-exploitation'] },
      { title: 'Identifying and reducing the risk of exploitation', themes: ['missing-exploitation', 'child-protection'] },
      { title: 'Multi-agency working and information sharing', themes: ['partnership-working', 'safeguarding-partnership'] },
      { title: 'Children missing education', themes: ['education', 'missing-exploitation'] },
      { title: 'Commissioning of services for adolescents', themes: ['commissioning', 'placements'] },
    ],
  },
];

/** The 20 searches the benchmark runs: what practitioners and committee members look for. */
export const benchQueries = [
  'life story',
  'care leavers housing',
  'IRO',
  'pre-proceedings',
  'caseloads',
  'supervision',
  'missing from home',
  'MASH',
  'placement stability',
  'personal education plans',
  'child sexual exploitation',
  'early help',
  'corporate parenting',
  'pathway plans',
  'agency social workers',
  'strategy discussions',
  'adoption timeliness',
  'return home interviews',
  'bed and breakfast',
  'staying put',
];

/** Fills the verb-agreement tokens for a singular or plural subject. */
export function agree(predicate: string, plural: boolean): string {
  const forms: Record<string, [string, string]> = {
    is: ['is', 'are'], are: ['is', 'are'], has: ['has', 'have'], have: ['has', 'have'],
    does: ['does', 'do'], do: ['does', 'do'], was: ['was', 'were'], helps: ['helps', 'help'],
  };
  return predicate.replace(/\{(is|are|has|have|does|do|was|helps)\}/g, (_, verb: string) => forms[verb]![plural ? 1 : 0]);
}
