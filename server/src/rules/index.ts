// The rule registry, in the order rules are listed in docs and settings.
import type { Rule } from '../engine';
import stakeholdersMissing from './stakeholders-missing';
import feedbackLoopMissing from './feedback-loop-missing';
import leadingQuestion from './leading-question';
import loadedQuestion from './loaded-question';
import doubleBarrelledQuestion from './double-barrelled-question';

export const allRules: readonly Rule[] = [
  stakeholdersMissing,
  feedbackLoopMissing,
  leadingQuestion,
  loadedQuestion,
  doubleBarrelledQuestion,
];
