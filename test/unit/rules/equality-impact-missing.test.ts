import rule from '../../../server/src/rules/equality-impact-missing';
import { describeRule } from '../../helpers/rule-tester';

const MISSING =
  "No equality impact assessment is mentioned, so readers cannot see who the proposal may affect differently or how the equality duty is being met. Link the assessment, or say when it will be published and how people's views will update it.";

const SECTION = `## Equality impact

We have written an equality impact assessment for this proposal. You can read it on our website alongside this document.
We will update it with what people tell us before the decision is made.`;

describeRule(rule, {
  kind: 'consultation',
  ok: [
    { name: 'the metadata example', text: rule.example.ok },
    { name: 'an "Equality Impact Assessment" heading', text: '# Day centre consultation\n\n## Equality Impact Assessment\n\nSee Appendix B.\n' },
    { name: '"EqIA" in the body', kind: 'policy', text: '# Parking policy\n\nThe EqIA is in Appendix 2.\n' },
    { name: '"EIA" next to "equality"', kind: 'policy', text: '# Parking policy\n\nAn EIA has been completed to look at equality effects.\n' },
    { name: '"EIA" next to "impact"', kind: 'policy', text: '# Parking policy\n\nThe EIA looks at the impact on older and disabled drivers.\n' },
    {
      name: 'a Human Rights and Equalities Impact Assessment',
      text: '# Day centre consultation\n\nA Human Rights and Equalities Impact Assessment (HREIA) will be published with the report.\n',
    },
    { name: 'an integrated impact assessment', kind: 'strategy', text: '# Health strategy\n\nAn integrated impact assessment covers equality, health and climate.\n' },
    { name: 'the public sector equality duty', kind: 'policy', text: '# Lettings policy\n\nThis section shows how we meet the public sector equality duty.\n' },
    {
      name: '"due regard"',
      kind: 'policy',
      text: '# Lettings policy\n\nCabinet must have due regard to the needs of people with protected characteristics.\n',
    },
    { name: 'en-US wording: a racial equity impact assessment', kind: 'policy', text: '# Zoning policy\n\nA racial equity impact assessment is attached.\n' },
    {
      name: 'an equality analysis listed in a table',
      text: '# Day centre consultation\n\n| Document | Where to find it |\n|---|---|\n| Equality analysis | Appendix C |\n',
    },
    {
      name: 'an Equality and Health Impact Assessment',
      kind: 'service-design',
      text: '# Clinic redesign\n\nWe carried out an Equality and Health Impact Assessment in March.\n',
    },
    { name: 'engagement plans are not checked', kind: 'engagement-plan', text: '# Library engagement plan\n\nWe will talk to readers.\n' },
    { name: 'surveys are not checked', kind: 'survey', text: '# Residents survey\n\nQ1. How often do you visit?\n' },
  ],
  flagged: [
    {
      name: 'the metadata example',
      text: rule.example.flagged,
      findings: [{ at: '# Day centre changes consultation', message: MISSING }],
      fixTitles: ["Insert an 'Equality impact' section"],
      output: `${rule.example.flagged}\n${SECTION}\n`,
    },
    {
      name: 'an environmental impact assessment (EIA) is not an equality one: inserted before "What happens next"',
      text: '# Bypass consultation\n\nAn Environmental Impact Assessment (EIA) is attached.\n\n## What happens next\n\nCabinet decides in May.\n',
      findings: [{ at: '# Bypass consultation', message: MISSING }],
      output: `# Bypass consultation\n\nAn Environmental Impact Assessment (EIA) is attached.\n\n${SECTION}\n\n## What happens next\n\nCabinet decides in May.\n`,
    },
    {
      name: 'naming the Equality Act is not an assessment (information for a strategy)',
      kind: 'strategy',
      text: '# Involvement strategy\n\nOur work follows the Equality Act 2010.\n',
      findings: [{ at: '# Involvement strategy', message: MISSING }],
      output: `# Involvement strategy\n\nOur work follows the Equality Act 2010.\n\n${SECTION}\n`,
    },
    {
      name: '"equality" and "impact" in different senses',
      kind: 'policy',
      text: '# Traffic policy\n\nWe believe in equality. The scheme will have an impact on traffic.\n',
      findings: [{ at: '# Traffic policy', message: MISSING }],
      output: `# Traffic policy\n\nWe believe in equality. The scheme will have an impact on traffic.\n\n${SECTION}\n`,
    },
    {
      name: 'information for a service design',
      kind: 'service-design',
      text: '# Clinic redesign\n\n### Current service\n\nThree clinics.\n\n### Contact\n\nThe clinic team.\n',
      findings: [{ at: '# Clinic redesign', message: MISSING }],
      output: `# Clinic redesign\n\n### Current service\n\nThree clinics.\n\n${SECTION.replace('## ', '### ')}\n\n### Contact\n\nThe clinic team.\n`,
    },
  ],
});
