import rule from '../../../server/src/rules/welsh-language-effects-missing';
import { snippetText } from '../../../server/src/rules/snippet-sections';
import { describeRule } from '../../helpers/rule-tester';

const MISSING =
  'Nothing considers or asks about the effects on the Welsh language, which the Welsh Language Standards require of a consultation on a policy decision. Set out the effects on opportunities to use Welsh and on treating Welsh no less favourably than English, and ask people for their views on them.';
const NO_QUESTION =
  'This considers the effects on the Welsh language, but the draft does not ask people for their views on them, as the Welsh Language Standards require. Ask what effects people think the proposal would have, and how it could be changed to make them more positive or less adverse.';
const NO_CONSIDERATION =
  'This asks about effects on the Welsh language, but the draft does not set out its own view of them. Say what effects you expect on opportunities to use Welsh and on treating Welsh no less favourably than English, and why: general facts about Welsh speakers are not enough.';

const WALES = '---\nregion: wales\n---\n\n';
const QUESTION =
  'What effects do you think the proposal would have on opportunities for people to use Welsh, and on treating Welsh no less favourably than English? How could it be changed to have more positive effects, or fewer adverse effects?';
const SECTION = snippetText('Welsh language question');

describeRule(rule, {
  kind: 'consultation',
  ok: [
    { name: 'the metadata example', text: rule.example.ok },
    { name: 'a draft for England is not asked', text: '---\nregion: england\n---\n\n# Bus consultation\n\nWe want your views.\n' },
    { name: 'a draft with no region is not asked', text: '# Bus consultation\n\nWe want your views.\n' },
    {
      name: 'an impact assessment, and a question under a "Welsh language" heading',
      text: `${WALES}# Library consultation\n\nOur Welsh language impact assessment finds that the changes would not affect Welsh-medium story times.\n\n### Question 7: Welsh language\n\nWhat effects would the proposal have? How could it be changed to make them more positive?\n`,
    },
    {
      name: 'asking for views without a question mark',
      kind: 'policy',
      text: `${WALES}# Leisure charging policy\n\n## Effects on the Welsh language\n\nWe expect the new charges to have no effect on opportunities to use Welsh, as Welsh-language clubs keep their free sessions. We would like your views on the effects on the Welsh language, and how we could make them more positive.\n`,
    },
    {
      name: 'in Welsh',
      text: `${WALES}# Ymgynghoriad ar oriau llyfrgelloedd\n\nRydym o'r farn na fyddai'r cynnig yn cael effaith andwyol ar gyfleoedd i ddefnyddio'r Gymraeg.\n\nBeth fyddai effeithiau'r cynnig ar y Gymraeg?\n`,
    },
    {
      name: 'a table of effects and a listed question',
      kind: 'strategy',
      text: `${WALES}# Town centre strategy\n\n| Effect | Our assessment |\n|---|---|\n| Opportunities to use Welsh | Bilingual signs will give more opportunities to use Welsh in shops. |\n\n1. What other effects on the Welsh language should we consider?\n`,
    },
    { name: 'not asked of service designs', kind: 'service-design', text: `${WALES}# Service design\n\nWe will build it.\n` },
  ],
  flagged: [
    {
      name: 'the metadata example: nothing on the Welsh language',
      text: rule.example.flagged,
      findings: [{ at: '# School transport consultation', message: MISSING }],
      fixTitles: ["Insert a 'Welsh language' section"],
      output: `${rule.example.flagged}\n${SECTION}\n`,
    },
    {
      name: 'offering the document in Welsh is not considering effects on the language',
      text: `${WALES}# Bus consultation\n\nThis document is available in Welsh. You can respond in Welsh or English, and the impact assessment is published in Welsh.\n`,
      findings: [{ at: '# Bus consultation', message: MISSING }],
      output: `${WALES}# Bus consultation\n\nThis document is available in Welsh. You can respond in Welsh or English, and the impact assessment is published in Welsh.\n\n${SECTION}\n`,
    },
    {
      name: 'general facts about Welsh speakers, and the Welsh Government, are not an assessment',
      kind: 'survey',
      text: `${WALES}# Bus survey\n\n## Background\n\nAbout 19% of residents speak Welsh. The Welsh Government has assessed the impact on bus operators.\n\n## Contact\n\nEmail us.\n`,
      findings: [{ at: '# Bus survey', message: MISSING }],
      output: `${WALES}# Bus survey\n\n## Background\n\nAbout 19% of residents speak Welsh. The Welsh Government has assessed the impact on bus operators.\n\n${SECTION}\n\n## Contact\n\nEmail us.\n`,
    },
    {
      name: 'effects considered but no question: one is added after the paragraph',
      text: `${WALES}# Library consultation\n\n## Welsh language\n\nWe think shorter opening hours would reduce opportunities to use Welsh at the Welsh-language reading groups.\n\n## Contact\n\nEmail us.\n`,
      findings: [
        { at: 'We think shorter opening hours would reduce opportunities to use Welsh at the Welsh-language reading groups.', message: NO_QUESTION },
      ],
      fixTitles: ['Add a question on the effects on the Welsh language'],
      output: `${WALES}# Library consultation\n\n## Welsh language\n\nWe think shorter opening hours would reduce opportunities to use Welsh at the Welsh-language reading groups.\n\n${QUESTION}\n\n## Contact\n\nEmail us.\n`,
    },
    {
      name: 'effects considered in a list item: no place for a new paragraph, so no fix',
      kind: 'engagement-plan',
      text: `${WALES}# Youth engagement plan\n\n- The plan will increase opportunities for young people to use Welsh.\n`,
      findings: [{ at: 'The plan will increase opportunities for young people to use Welsh.', message: NO_QUESTION }],
    },
    {
      name: 'a question with no consideration of the effects',
      text: `${WALES}# Library consultation\n\n## Questions\n\n1. What effects do you think the proposal would have on the Welsh language?\n`,
      findings: [{ at: 'What effects do you think the proposal would have on the Welsh language?', message: NO_CONSIDERATION }],
    },
  ],
});
