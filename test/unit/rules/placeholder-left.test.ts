import rule from '../../../server/src/rules/placeholder-left';
import { describeRule } from '../../helpers/rule-tester';

const placeholder = (text: string) =>
  `'${text}' is a placeholder that was never filled in, so readers meet a gap where a fact should be. Replace it with the real detail before you publish.`;
const dummy = (text: string) =>
  `'${text}' is dummy text, so readers meet filler where the draft should say something. Replace it with what you mean before you publish.`;

describeRule(rule, {
  kind: 'consultation',
  ok: [
    { name: 'the metadata example', text: rule.example.ok },
    {
      name: 'inline and reference links keep their text, not their brackets',
      text: '# Parks plan\n\nRead [the full proposal](https://example.gov.uk/parks) and [our guide][guide].\n\n[guide]: https://example.gov.uk/guide\n',
    },
    {
      name: 'a reference link whose definition is missing is still link syntax',
      text: '# Parks plan\n\nSee [the date][dates] and [name][people].\n',
    },
    { name: 'task list checkboxes', kind: 'engagement-plan', text: '# Parks plan\n\n- [ ] Book the hall\n- [x] Print the leaflets\n' },
    {
      name: 'editorial brackets in a quotation',
      text: '# Parks plan\n\nOne resident said "they [the council] never asked us [sic] and [we] gave up".\n',
    },
    { name: 'footnotes', kind: 'policy', text: '# Parks policy\n\nThe budget is fixed.[^1]\n\n[^1]: Set by full council in February.\n' },
    { name: 'a footnote marker with no definition', kind: 'policy', text: '# Parks policy\n\nThe budget is fixed.[^2]\n' },
    { name: 'clothing sizes and words containing x', kind: 'policy', text: '# Uniform policy\n\nSizes run from S to XXL. The Foxxe Centre and Exxon site are nearby.\n' },
    { name: 'Roman numerals', kind: 'policy', text: '# Housing policy\n\nSee Part XX of the Act and Chapter XXX of the guidance.\n' },
    { name: 'inline code shows a placeholder on purpose', kind: 'policy', text: '# Style guide\n\nNever publish `TBC` or `[date]` in a draft.\n' },
    { name: 'placeholders in HTML comments are notes to the author', text: '# Parks plan\n\n<!-- TODO: add [date] when TBC is confirmed -->\n\nThe consultation closes on 9 March 2027.\n' },
    { name: 'a real amount and a real date', text: '# Parks plan\n\nThe budget is £2.4 million and the consultation closes on 09/03/2027.\n' },
    {
      name: 'a date format shown to respondents',
      kind: 'survey',
      text: '# Parks survey\n\nQ1. When did you last visit a park? (DD/MM/YYYY)\n\nQ2. Give the date in the format dd/mm/yyyy.\n',
    },
    { name: 'words in brackets that are not instructions', kind: 'policy', text: '# Parks policy\n\nParks [and open spaces] are free to use.\n' },
  ],
  flagged: [
    {
      name: 'the metadata example',
      text: rule.example.flagged,
      findings: [
        { at: 'TBC', message: placeholder('TBC') },
        { at: '[Team]', message: placeholder('[Team]') },
      ],
    },
    {
      name: 'TBA and TBD in a list and a table',
      kind: 'engagement-plan',
      text: '# Parks plan\n\n- Venue: TBA\n\n| Session | Date |\n|---|---|\n| Drop-in | tbd |\n',
      findings: [
        { at: 'TBA', message: placeholder('TBA') },
        { at: 'tbd', message: placeholder('tbd') },
      ],
    },
    {
      name: 'date formats and runs of x',
      kind: 'policy',
      text: '# Parks policy\n\nAgreed on XX/XX/XXXX, reviewed on DD/MM/YYYY. Contact xxx for details.\n',
      findings: [
        { at: 'XX/XX/XXXX', message: placeholder('XX/XX/XXXX') },
        { at: 'DD/MM/YYYY', message: placeholder('DD/MM/YYYY') },
        { at: 'xxx', message: placeholder('xxx') },
      ],
    },
    {
      name: '"XX" where a number belongs',
      kind: 'strategy',
      text: '# Parks strategy\n\nWe will plant trees on XX March and cut waste by XX%.\n',
      findings: [
        { at: 'XX', occurrence: 1, message: placeholder('XX') },
        { at: 'XX', occurrence: 2, message: placeholder('XX') },
      ],
    },
    {
      name: 'bracketed instructions',
      text: '# Parks plan\n\nReply by [insert date] to [Council name] at [link], or ask [name the groups] to help.\n',
      findings: [
        { at: '[insert date]', message: placeholder('[insert date]') },
        { at: '[Council name]', message: placeholder('[Council name]') },
        { at: '[link]', message: placeholder('[link]') },
        { at: '[name the groups]', message: placeholder('[name the groups]') },
      ],
    },
    {
      name: 'amounts and numbers still to come',
      kind: 'engagement-plan',
      text: '# Panel plan\n\nWe will pay £X an hour, up to £xx,xxx a year, for [n] meetings.\n',
      findings: [
        { at: '£X', message: placeholder('£X') },
        { at: '£xx,xxx', message: placeholder('£xx,xxx') },
        { at: '[n]', message: placeholder('[n]') },
      ],
    },
    {
      name: 'curly-brace template fields',
      kind: 'service-design',
      text: '# Service design\n\nEmail {email} or call {{phone}}.\n',
      findings: [
        { at: '{email}', message: placeholder('{email}') },
        { at: '{{phone}}', message: placeholder('{{phone}}') },
      ],
    },
    {
      name: 'dummy text',
      kind: 'feedback-report',
      text: '# You said, we did\n\nLorem ipsum dolor sit amet.\n',
      findings: [{ at: 'Lorem ipsum', message: dummy('Lorem ipsum') }],
    },
    {
      name: 'a placeholder in a heading and in bold text, at its place in the source',
      text: '# Parks consultation [TBC]\n\n## Contact\n\nCall **[phone number]** today.\n',
      findings: [
        { at: '[TBC]', message: placeholder('[TBC]') },
        { at: '[phone number]', message: placeholder('[phone number]') },
      ],
    },
    {
      name: 'a capital XXX with no sign of a numeral is a placeholder',
      kind: 'policy',
      text: '# Parks policy\n\nThe lead officer is XXX.\n',
      findings: [{ at: 'XXX', message: placeholder('XXX') }],
    },
  ],
});
