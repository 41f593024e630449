// Config files for the language server and the command line: find, read, extend, merge.
// Plain Node fs; nothing here knows about LSP, and the engine knows nothing about files.

export { CONFIG_FILE_NAMES, findConfigFile } from './find';
export { loadConfigFor, forgetConfigFiles, placeGlob, MAX_EXTENDS_DEPTH, type LoadOptions, type LoadedConfig } from './load';
export { emptyPatch, mergePatches, mergeSettings, type ConfigPatch } from './merge';
export { parseConfigText, readConfigFile, type ConfigFile, type ConfigProblem, type ConfigRange } from './read';
export { configSchema } from './schema';
