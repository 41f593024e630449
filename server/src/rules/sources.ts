// Frameworks and guidance the rules cite. Names and addresses as given in the research notes
// (../shared/domain/co-production-rules.md); each rule's docs page cites them too.

export interface Source {
  source: string;
  url: string;
}

export const SOURCES = {
  nsfce: {
    source: 'National Standards for Community Engagement (Scotland, SCDC, 2016)',
    url: 'https://www.gov.scot/publications/participation-handbook/pages/5/',
  },
  consultationPrinciples: {
    source: 'Consultation Principles (Cabinet Office, 2018)',
    url: 'https://www.devon.gov.uk/haveyoursay/adult-social-care-and-health-engagement/government-consultation-principles-updated-2018/',
  },
  iap2: {
    source: 'IAP2 Core Values and Spectrum of Public Participation',
    url: 'https://engagementinstitute.org.au/resources/iap2-core-values/',
  },
  iriss: {
    source: 'Iriss Co-production Project Planner (2017)',
    url: 'https://blogs.iriss.org.uk/coproduction/',
  },
  welshPrinciples: {
    source: 'National Principles for Public Engagement in Wales (Participation Cymru, 2011)',
    url: 'https://ourpeople.carmarthenshire.gov.wales/our-people/strategies-plans/involvement-strategy-2025-27/3-key-principles',
  },
  nhsEngland: {
    source: 'NHS England, Working in partnership with people and communities: statutory guidance (2022)',
    url: 'https://www.england.nhs.uk/long-read/working-in-partnership-with-people-and-communities-statutory-guidance/',
  },
  nhsSomerset: {
    source: 'NHS Somerset, our approach to public involvement (NHS England principle 2 as adopted)',
    url: 'https://nhssomerset.nhs.uk/get-involved/our-approach-to-public-involvement-and-engagement/',
  },
  electoralCommission: {
    source: 'Electoral Commission, referendum question assessment',
    url: 'https://www.electoralcommission.org.uk/who-we-are-and-what-we-do/our-views-and-research/our-research/referendum-question-research',
  },
  scotland2013: {
    source: "Electoral Commission on 'Do you agree…' (Scottish referendum question, 2013)",
    url: 'http://www.itv.com/news/update/2013-01-30/scottish-govt-referendum-question-not-neutral/',
  },
  pew: {
    source: 'Pew Research Center, Writing survey questions',
    url: 'https://sbilingual.wordpress.com/2012/02/13/question-wording/',
  },
  krosnickPresser: {
    source: 'Krosnick & Presser, Question and Questionnaire Design (Handbook of Survey Research)',
    url: 'https://studylib.net/doc/8144026/question-and-questionnaire-design',
  },
  surveyMonkey: {
    source: 'SurveyMonkey, Smart Survey Design',
    url: 'https://manualmachine.com/surveymonkey/smartsurveydesign/2793618-user-manual',
  },
  mnGov: {
    source: 'Minnesota Management and Budget, Writing surveys',
    url: 'https://mn.gov/mmb/mad/resources/writing-surveys',
  },
  snapSurveys: {
    source: 'Snap Surveys, Six rules for writing effective survey questions',
    url: 'https://snapsurveys.com/blog/six-rules-for-writing-effective-survey-questions',
  },
  mrs: {
    source: 'Market Research Society, Guidelines for Questionnaire Design',
    url: 'https://vdocument.in/mrs-guidelines-for-questionnaire-design.html',
  },
  nihr: {
    source: 'NIHR, Guidance on co-producing a research project (2021)',
    url: 'https://www.learningforinvolvement.org.uk/?opportunity=nihr-guidance-on-co-producing-a-research-project',
  },
  nihrPayment: {
    source: 'NIHR, Payment guidance for researchers and professionals (2024)',
    url: 'https://www.nihr.ac.uk/payment-guidance-researchers-and-professionals',
  },
  scie: {
    source: 'SCIE, Co-production in social care: what it is and how to do it (Guide 51)',
    url: 'https://www.scie.org.uk/publications/guides/guide51/what-is-coproduction/principles-of-coproduction.asp',
  },
  tlap: {
    source: 'Think Local Act Personal, Ladder of co-production',
    url: 'https://www.thinklocalactpersonal.org.uk/Latest/Co-production-The-ladder-of-co-production/',
  },
  arnstein: {
    source: 'Arnstein, A ladder of citizen participation (1969)',
    url: 'https://www.open.edu/openlearn/mod/oucontent/view.php?id=21024&section=4.1',
  },
  nef: {
    source: 'nef and NESTA, Public Services Inside Out (Boyle, Slay and Stephens, 2010)',
    url: 'https://gwyb.copronet.cymru/public-services-inside-out-boyle-d-slay-j-stephens-l-2010/',
  },
  scottishCoproduction: {
    source: 'Scottish Co-production Network, key messages for co-production',
    url: 'https://coproductionscotland.org.uk/key-messages-for-coproduction',
  },
  copronetWales: {
    source: 'Co-production Network for Wales, what we do',
    url: 'https://coproductionnetworkwales.wordpress.com/what-we-do/',
  },
  gunning: {
    source: 'The Gunning principles (R v Brent LBC ex p Gunning, 1985), as summarised by Bevan Brittan',
    url: 'https://www.bevanbrittan.com/insights/articles/2016/what-should-a-consultation-look-like/',
  },
  welshLanguageStandards: {
    source: 'Welsh Language Standards: policy-making standards on consultation documents',
    url: 'https://www.welshlanguagecommissioner.wales/resource-hub/public-organisations/policy-decisions/faqs-policy-making-standards-consultation-documents',
  },
  equalityDuty: {
    source: 'Equality Act 2010, section 149 (public sector equality duty)',
    url: 'https://www.legislation.gov.uk/ukpga/2010/15/section/149',
  },
  harrow: {
    source: 'Harrow Council, consultation standards',
    url: 'https://harrow.gov.uk/council/consultation-standards',
  },
  cheshireWest: {
    source: 'Cheshire West and Chester Council, consultation standards',
    url: 'https://participatenow.cheshirewestandchester.gov.uk/consultation-standards',
  },
  hertfordshire: {
    source: 'Hertfordshire County Council, consultation principles',
    url: 'https://hertfordshire.gov.uk/about-the-council/consultations/consultations.aspx',
  },
  blackCountry: {
    source: 'Black Country ICS, our approach to working with communities',
    url: 'https://blackcountryics.org.uk/working-communities/our-approach',
  },
  accessibleInformation: {
    source: 'Accessible Information Standard (NHS and adult social care), via CHANGE guidance',
    url: 'https://www.scribd.com/document/459764353/How-to-make-info-accessible-guide-2016-Final-pdf',
  },
  yorkNeighbourhoodPlan: {
    source: 'City of York, Copmanthorpe Neighbourhood Plan consultation strategy (6-week statutory minimum)',
    url: 'https://democracy.york.gov.uk/documents/s181934/Copmanthorpe.html?CT=2',
  },
} as const satisfies Record<string, Source>;
