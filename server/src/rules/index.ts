// The rule registry, in the order rules are listed in docs and settings: what a draft is for and
// who it involves, how people take part, what happens afterwards, then the questions themselves.
import type { Rule } from '../engine';
import purposeMissing from './purpose-missing';
import stakeholdersMissing from './stakeholders-missing';
import seldomHeardGroupsMissing from './seldom-heard-groups-missing';
import participationLevelUndeclared from './participation-level-undeclared';
import powerSharingMissing from './power-sharing-missing';
import decisionAlreadyMade from './decision-already-made';
import accessibilityMissing from './accessibility-missing';
import offlineChannelsMissing from './offline-channels-missing';
import responsePeriodMissing from './response-period-missing';
import contactMissing from './contact-missing';
import decisionProcessMissing from './decision-process-missing';
import feedbackLoopMissing from './feedback-loop-missing';
import participantRecognitionMissing from './participant-recognition-missing';
import evaluationMissing from './evaluation-missing';
import equalityImpactMissing from './equality-impact-missing';
import partnersMissing from './partners-missing';
import livedExperienceMissing from './lived-experience-missing';
import welshLanguageEffectsMissing from './welsh-language-effects-missing';
import placeholderLeft from './placeholder-left';
import leadingQuestion from './leading-question';
import loadedQuestion from './loaded-question';
import doubleBarrelledQuestion from './double-barrelled-question';
import doubleNegative from './double-negative';
import absoluteTerm from './absolute-term';
import hypotheticalQuestion from './hypothetical-question';
import longQuestion from './long-question';
import unbalancedOptions from './unbalanced-options';
import closedQuestionsOnly from './closed-questions-only';
import catchAllQuestionMissing from './catch-all-question-missing';
import wordsToAvoid from './words-to-avoid';
import undefinedAcronym from './undefined-acronym';
import longSentence from './long-sentence';
import hardToReach from './hard-to-reach';
import hedgedCommitment from './hedged-commitment';

export const allRules: readonly Rule[] = [
  purposeMissing,
  stakeholdersMissing,
  seldomHeardGroupsMissing,
  participationLevelUndeclared,
  powerSharingMissing,
  decisionAlreadyMade,
  accessibilityMissing,
  offlineChannelsMissing,
  responsePeriodMissing,
  contactMissing,
  decisionProcessMissing,
  feedbackLoopMissing,
  participantRecognitionMissing,
  evaluationMissing,
  equalityImpactMissing,
  partnersMissing,
  livedExperienceMissing,
  welshLanguageEffectsMissing,
  placeholderLeft,
  leadingQuestion,
  loadedQuestion,
  doubleBarrelledQuestion,
  doubleNegative,
  absoluteTerm,
  hypotheticalQuestion,
  longQuestion,
  unbalancedOptions,
  closedQuestionsOnly,
  catchAllQuestionMissing,
  wordsToAvoid,
  undefinedAcronym,
  longSentence,
  hardToReach,
  hedgedCommitment,
];
