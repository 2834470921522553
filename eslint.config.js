// ESLint flat config: type-aware typescript-eslint rules for .ts, eslint-plugin-astro for .astro.
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default defineConfig(
  globalIgnores([
    'dist/',
    'dist.next/',
    'dist.old/',
    '.astro/',
    'public/data/',
    'bench-output/',
    'node_modules/',
    'test/output/',
  ]),
  {
    files: ['**/*.ts'],
    // The <script> blocks of .astro files reach ESLint as virtual `X.astro/N_N.ts` files; the astro
    // config below lints them.
    ignores: ['**/*.astro/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  // Not type-aware: with projectService, TypeScript parses each .astro file as plain TS and fails
  // ("Expression expected"). `astro check` type-checks .astro files instead.
  { files: ['**/*.astro', '**/*.astro/*.ts'], extends: [tseslint.configs.recommended] },
  // What ships to the browser imports only pure code: the domain rules and the wording, never
  // Node, the data build, the built dataset's loaders, views or charts.
  {
    files: ['src/client/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'src/client/ runs in the browser: no Node modules.' },
            {
              group: [
                '**/data/**',
                '**/dataset/**',
                '**/views/**',
                '**/charts/**',
                '**/components/**',
              ],
              message: 'src/client/ may import only src/client/, src/domain/ and src/text/.',
            },
          ],
        },
      ],
    },
  },
  // Components and layouts take what they show as props: only pages load the dataset, so each
  // component can be rendered from a fixture and shows nothing it was not given.
  {
    files: ['src/components/**/*.astro', 'src/layouts/**/*.astro'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/dataset/load.ts'],
              message: 'Components take props; only pages in src/pages/ load the dataset.',
            },
          ],
        },
      ],
    },
  },
  // Sizes a reader can hold in mind. A longer module or function says why in its
  // `eslint-disable` comment, after `--` (test/structure.test.ts checks that every disable comment
  // gives a reason). Tests are exempt: a describe block is a list of cases, not a function to read.
  {
    files: ['src/**/*.ts', 'src/**/*.astro', 'scripts/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 250, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  // Last, so that its astro-eslint-parser replaces the TS parser set by typescript-eslint above.
  astro.configs.recommended,
);
