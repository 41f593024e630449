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
} as const satisfies Record<string, Source>;
