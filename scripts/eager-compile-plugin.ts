import type { Plugin } from 'vite';

/**
 * V8's explicit compile hint (Chrome 136+; other engines read it as a plain
 * comment): every function of the file is compiled when the script loads.
 * Lazily compiled functions are parsed twice (a pre-parse at load, a full
 * parse on the first call), and on a fresh page every function the first
 * annotation pass calls is called for the first time, inside the pass.
 */
export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Puts {@link EAGER_COMPILE_HINT} at the top of the emitted chunks whose file
 * names match `files`: scripts whose functions nearly all run at once (the
 * content script's start-up and first pass). After minification, so the
 * minifier cannot drop it.
 */
export function eagerCompilePlugin(files: RegExp): Plugin {
  return {
    name: 'backstory:eager-compile',
    apply: 'build',
    enforce: 'post',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && files.test(chunk.fileName)) {
          chunk.code = `${EAGER_COMPILE_HINT}\n${chunk.code}`;
        }
      }
    },
  };
}
