import { defineDocumentRule, type DocumentModel } from '../engine';
import { hasEvidence, sentencesMatching, type Topic } from './evidence';
import { insertSectionFix } from './snippet-sections';
import { SOURCES } from './sources';

const HOUNSLOW = {
  source: 'London Borough of Hounslow, Consultation Charter (community-forum copy)',
  url: 'https://hounslow.gov.uk/info/20220/get_involved/2618/our_engagement_principles',
};

const YORK = {
  source: 'City of York Council, Consultation checklist (2023): Human Rights and Equalities Impact Assessment',
  url: 'https://democracy.york.gov.uk/documents/s169948/Annex%20B%20Consultation%20checklist%20CSMC%20250923.html?CT=2',
};

const GUNNING_NHS = {
  source: 'The Gunning principles, as read by NHS involvement guidance',
  url: 'http://nhsinvolvement.co.uk/connect-and-create/consultations/the-gunning-principles',
};

/** An equality impact assessment, or the duty behind it. */
const EQUALITY: Topic = {
  key: 'equality-impact',
  heading: /\bequalit(y|ies)( and \w+)? (impact|analysis|assessment|screening)\b|\beq\.?ia\b|\bhreia\b|\bintegrated impact\b|\bequity impact\b|\bpublic sector equality duty\b/i,
  body: /\bequalit(y|ies)\b[^.;:]{0,60}\bimpact (assessments?|analys[ie]s|screening)\b|\bequality (analys[ie]s|assessments?|screening)\b|\beq\.?ias?\b|\bhreias?\b|\bintegrated impact assessments?\b|\b(racial )?equity impact (assessments?|analys[ie]s)\b|\bpublic sector equality duty\b|\bpsed\b|\bdue regard\b|\b(section|s\.?) ?149 of the equality act\b|\bequality act 2010,? (section|s\.?) ?149\b/i,
};

/** "EIA" alone: an equality impact assessment only with "equality", or "impact" and nothing environmental. */
const EIA = /\beias?\b/i;
const EIA_EQUALITY = /\bequalit(y|ies)\b/i;
const EIA_IMPACT = /\bimpacts?\b/i;
const ENVIRONMENTAL = /\benvironment(al)?\b/i;

/** Sections an equality section naturally comes before. */
const COMES_BEFORE = [
  /\b(what happens next|next steps|how we will (decide|use)|contact|get in touch|further information|appendi(x|ces)|annex(es)?|glossary|references)\b/i,
];

export default defineDocumentRule({
  id: 'equality-impact-missing',
  summary: 'The draft does not refer to an equality impact assessment, or to how it meets the public sector equality duty.',
  why:
    'Public bodies must have due regard to equality when they decide (the public sector equality duty). An equality impact assessment shows who the proposal could affect differently, such as disabled people, older people or people of a particular race or faith, and lets people comment on it. Consultation guidance based on the Gunning principles expects it to be done early and published alongside.',
  howToFix:
    "Add an 'Equality impact' section that links the equality impact assessment (EqIA), or says when it will be published, and says how what people tell you will update it before the decision.",
  principles: [
    { name: 'Public sector equality duty: have due regard to equality when deciding', ...SOURCES.equalityDuty },
    { name: 'Gunning 2: give sufficient reasons, with equality assessments done early and published alongside', ...GUNNING_NHS },
    { name: 'Human Rights and Equalities Impact Assessment for consultations that affect protected characteristics', ...YORK },
    { name: 'Charter 9: identify affected protected groups and include an equality analysis', ...HOUNSLOW },
  ],
  defaultSeverity: 'warning',
  appliesTo: ['policy', 'consultation', 'strategy', 'service-design'],
  severityByKind: { strategy: 'information', 'service-design': 'information' },
  fixKind: 'insert-section',
  messages: {
    missing:
      "No equality impact assessment is mentioned, so readers cannot see who the proposal may affect differently or how the equality duty is being met. Link the assessment, or say when it will be published and how people's views will update it.",
  },
  example: {
    flagged: '# Day centre changes consultation\n\n## Why we are asking\n\nWe propose to merge two day centres into one.\n',
    ok:
      '# Day centre changes consultation\n\n## Why we are asking\n\nWe propose to merge two day centres into one. Our equality impact assessment, published alongside this document, looks at the effects on disabled and older people.\n',
  },
  check(doc, context) {
    if (hasEvidence(doc, EQUALITY)) return;
    const eia = sentencesMatching(doc, 'equality-impact-eia', EIA);
    if (eia.some(({ sentence: { text } }) => EIA_EQUALITY.test(text) || (EIA_IMPACT.test(text) && !ENVIRONMENTAL.test(text)))) return;
    context.report({
      messageId: 'missing',
      ...doc.anchor,
      fixes: [insertSection(doc)],
    });
  },
});

function insertSection(doc: DocumentModel) {
  return insertSectionFix(doc, "Insert an 'Equality impact' section", 'Equality impact', COMES_BEFORE);
}
