import rule from '../../../server/src/rules/offline-channels-missing';
import { describeRule } from '../../helpers/rule-tester';

const ONLINE_ONLY =
  'Every way to take part listed here is online, so people without internet access, skills or confidence are left out. Add offline routes too: paper copies with a Freepost address, a phone number, and drop-ins or visits to places people already go.';

const SECTION = `## How you can take part

- Online: answer the survey on our website.
- On paper: pick up a copy at any library and return it Freepost.
- By phone: call 01234 567890 and we will fill in the survey with you.
- In person: come to a drop-in session, or meet us at community venues you already use.`;

const OFFLINE_ITEMS = `- On paper: pick up a copy at any library and return it Freepost.
- By phone: call 01234 567890 and we will fill in the survey with you.
- In person: come to a drop-in session, or meet us at community venues you already use.`;

describeRule(rule, {
  kind: 'consultation',
  ok: [
    { name: 'the metadata example', text: rule.example.ok },
    {
      name: 'a "How to get involved" list with paper copies and a phone number',
      text: '# Waste collection consultation\n\n## How to get involved\n\n- Answer the questions on the consultation hub.\n- Paper copies are at the civic centre.\n- Ring 0300 123 4567 and we will take your answers down.\n',
    },
    {
      name: 'a drop-in named in the body under the title, with no methods heading',
      text: '# Play areas consultation\n\nYou can tell us what you think online, or come to the drop-in at Elm Park on 3 May.\n',
    },
    {
      name: 'sessions in a "How we will reach them" table column count as offline',
      kind: 'engagement-plan',
      text: '# Youth centre engagement plan\n\nWe will run an online survey for six weeks.\n\n| Group | How we will reach them |\n|---|---|\n| Young people | Sessions at the youth club |\n',
    },
    {
      name: 'en-US spelling: workshops at community centers',
      kind: 'engagement-plan',
      text: '# Neighborhood program engagement plan\n\n## Methods\n\nWe will open a web form and organize workshops at two community centers.\n',
    },
    {
      name: 'going to where people already are, next to social media',
      kind: 'strategy',
      text: '# Involvement strategy\n\n## Our approach\n\nWe will share our plans on social media, and we will meet people where they already go: markets, schools and places of worship.\n',
    },
    {
      name: 'online and in-person workshops',
      text: '# Town centre consultation\n\nJoin one of our online and in-person workshops to give us your views.\n',
    },
    {
      name: 'a library named as a place to take part',
      text: '# Transport consultation\n\nFill in the survey online or at your local library.\n',
    },
    {
      name: 'a council office named as a place to take part',
      text: '# Council tax support consultation\n\nFill in the survey online or at any council office.\n',
    },
    {
      name: 'picking up a copy at a customer service centre',
      text: '# Bin collections consultation\n\nComplete the questionnaire on the consultation hub, or pick up a copy at the customer service centre in High Street.\n',
    },
    {
      name: '"come and see us" at a named building',
      text: '# Town centre parking consultation\n\nYou can give your views online, or come and see us at Brunswick House on any weekday.\n',
    },
    {
      name: 'one-stop shops',
      text: '# Housing strategy consultation\n\nTell us what you think through our website or at one of our one-stop shops.\n',
    },
    {
      name: 'talking to us at a leisure centre',
      text: '# Leisure services consultation\n\nAnswer the survey online, or talk to us at your local leisure centre.\n',
    },
    {
      name: 'handing in a form at the Civic Offices',
      text: '# Allotments consultation\n\nSend us your views by email, or hand in your completed form at the Civic Offices.\n',
    },
    {
      name: 'family hubs in a methods section',
      kind: 'engagement-plan',
      text: '# Early years engagement plan\n\n## Our approach\n\nWe will run an online survey and have staff on hand at the family hubs in Hulme and Moss Side.\n',
    },
    {
      name: 'popping into a local hub',
      text: '# Youth services consultation\n\nPop into the Oak Road hub to tell us what you think, or use the online form.\n',
    },
    {
      name: 'en-US spelling: at City Hall',
      text: '# Neighborhood parks consultation\n\nFill out the survey online or at City Hall.\n',
    },
    {
      name: 'Freepost in a contact section answers an online survey',
      text: '# Parking consultation\n\n## How to respond\n\nComplete the online survey.\n\n## Contact us\n\nWrite to Freepost PARKING.\n',
    },
    {
      name: 'a website used only to report back is not a way to take part',
      text: '# Parks consultation\n\n## What happens next\n\nWe will publish a summary of responses on our website.\n',
    },
    {
      name: 'no way to take part at all is left to contact-missing',
      text: '# Parks consultation\n\n## Why we are asking\n\nThe parks need work.\n',
    },
    {
      name: 'a contact email in a policy is not a list of ways to take part',
      kind: 'policy',
      text: '# Fleet policy\n\n## Contact\n\nEmail fleet@example.gov.uk with any questions.\n',
    },
    { name: 'feedback reports are not checked', kind: 'feedback-report', text: '# You said, we did\n\nFill in our online survey.\n' },
  ],
  flagged: [
    {
      name: 'the metadata example: offline routes are added to the section',
      text: rule.example.flagged,
      findings: [{ at: '## How to take part', message: ONLINE_ONLY }],
      fixTitles: ['Add offline ways to take part to this section'],
      output: `${rule.example.flagged.trimEnd()}\n\n${OFFLINE_ITEMS}\n`,
    },
    {
      name: 'an online-only sentence with no methods section: a section is inserted before "Contact us"',
      text: '# Bus station consultation\n\nTell us what you think by filling in the survey on our website.\n\n## Contact us\n\nThe transport team.\n',
      findings: [{ at: 'Tell us what you think by filling in the survey on our website.', message: ONLINE_ONLY }],
      fixTitles: ["Insert a 'How you can take part' section"],
      output: `# Bus station consultation\n\nTell us what you think by filling in the survey on our website.\n\n${SECTION}\n\n## Contact us\n\nThe transport team.\n`,
    },
    {
      name: 'a virtual drop-in on Zoom is online',
      text: '# Housing allocations consultation\n\nJoin a virtual drop-in session on Zoom, or fill in the survey online.\n',
      findings: [{ at: 'Join a virtual drop-in session on Zoom, or fill in the survey online.', message: ONLINE_ONLY }],
      output: `# Housing allocations consultation\n\nJoin a virtual drop-in session on Zoom, or fill in the survey online.\n\n${SECTION}\n`,
    },
    {
      name: 'a library that is only the subject of the consultation does not count',
      text: '# Library opening hours consultation\n\nThe library service is changing. Fill in the online survey to tell us what you think.\n',
      findings: [{ at: 'Fill in the online survey to tell us what you think.', message: ONLINE_ONLY }],
      output: `# Library opening hours consultation\n\nThe library service is changing. Fill in the online survey to tell us what you think.\n\n${SECTION}\n`,
    },
    {
      name: 'council offices that are only the subject of the consultation do not count',
      text: '# Office closures consultation\n\nThe council offices in Market Street will close next year. Have your say on our website.\n',
      findings: [{ at: 'Have your say on our website.', message: ONLINE_ONLY }],
      output: `# Office closures consultation\n\nThe council offices in Market Street will close next year. Have your say on our website.\n\n${SECTION}\n`,
    },
    {
      name: 'a government department is not a place to take part',
      text: '# Fire safety consultation\n\nWe follow guidance from the Home Office. Fill in the survey on our website.\n',
      findings: [{ at: 'Fill in the survey on our website.', message: ONLINE_ONLY }],
      output: `# Fire safety consultation\n\nWe follow guidance from the Home Office. Fill in the survey on our website.\n\n${SECTION}\n`,
    },
    {
      name: '"visit us" on social media is online',
      text: '# Events programme consultation\n\nVisit us on Facebook or email us to tell us what you think.\n',
      findings: [{ at: 'Visit us on Facebook or email us to tell us what you think.', message: ONLINE_ONLY }],
      output: `# Events programme consultation\n\nVisit us on Facebook or email us to tell us what you think.\n\n${SECTION}\n`,
    },
    {
      name: 'a Cabinet meeting is where the decision is made, not a way to take part',
      text: '# Leisure centre consultation\n\n## How to respond\n\nComplete the form on our website. The Cabinet meeting in June will decide.\n',
      findings: [{ at: '## How to respond', message: ONLINE_ONLY }],
      output: `# Leisure centre consultation\n\n## How to respond\n\nComplete the form on our website. The Cabinet meeting in June will decide.\n\n${OFFLINE_ITEMS}\n`,
    },
    {
      name: '"post updates" on social media is not post',
      kind: 'engagement-plan',
      text: '# Allotments engagement plan\n\n## Our approach\n\nWe will run an online survey and post updates on Facebook.\n',
      findings: [{ at: '## Our approach', message: ONLINE_ONLY }],
      output: `# Allotments engagement plan\n\n## Our approach\n\nWe will run an online survey and post updates on Facebook.\n\n${OFFLINE_ITEMS}\n`,
    },
    {
      name: 'a mobile phone used to fill in a web form is not a phone line',
      text: '# Markets consultation\n\nYou can answer the survey online on your mobile phone or tablet.\n',
      findings: [{ at: 'You can answer the survey online on your mobile phone or tablet.', message: ONLINE_ONLY }],
      output: `# Markets consultation\n\nYou can answer the survey online on your mobile phone or tablet.\n\n${SECTION}\n`,
    },
    {
      name: 'a methods section with sub-sections: the routes go under its own heading',
      text: '# Cycle lanes consultation\n\n## Ways to have your say\n\n### Online\n\nUse the consultation hub.\n\n### Social media\n\nComment on our Instagram posts.\n\n## Contact\n\nThe highways team.\n',
      findings: [{ at: '## Ways to have your say', message: ONLINE_ONLY }],
      output: `# Cycle lanes consultation\n\n## Ways to have your say\n\n${OFFLINE_ITEMS}\n\n### Online\n\nUse the consultation hub.\n\n### Social media\n\nComment on our Instagram posts.\n\n## Contact\n\nThe highways team.\n`,
    },
    {
      name: 'a table of methods that are all online',
      kind: 'engagement-plan',
      text: '# Care home engagement plan\n\n| Method | When |\n|---|---|\n| Online survey | June |\n| Webinar on Microsoft Teams | July |\n',
      findings: [{ at: 'Online survey', message: ONLINE_ONLY }],
      output: `# Care home engagement plan\n\n| Method | When |\n|---|---|\n| Online survey | June |\n| Webinar on Microsoft Teams | July |\n\n${SECTION}\n`,
    },
    {
      name: 'CRLF line endings are kept',
      text: '# Bus routes consultation\r\n\r\n## How to take part\r\n\r\nUse our online form.\r\n',
      findings: [{ at: '## How to take part', message: ONLINE_ONLY }],
      output: `# Bus routes consultation\r\n\r\n## How to take part\r\n\r\nUse our online form.\r\n\r\n${OFFLINE_ITEMS.replace(/\n/g, '\r\n')}\r\n`,
    },
  ],
});
