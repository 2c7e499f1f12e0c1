/**
 * Code shown on the "Getting started" page. Kept in TypeScript because MDX strips the indentation of
 * template literals written inline; the version is the package's own, read at build time.
 */
import pkg from '../../package.json' with { type: 'json' };

const version = pkg.version;

export const scriptTag = `<!-- integrity: the SRI hash \`npm run build\` prints (also in dist/cdn/wfp-widgets.js.sri) -->
<script
  type="module"
  src="https://cdn.jsdelivr.net/npm/seoul-wfp-widgets@${version}/dist/cdn/wfp-widgets.js"
  integrity="sha384-…"
  crossorigin="anonymous"
></script>

<wfp-execution-gauge department="영유아담당관" pace="auto"></wfp-execution-gauge>
<wfp-staffing-table measure="vacancy" department="아동담당관" bars></wfp-staffing-table>
<wfp-program-list district="gangseo"></wfp-program-list>
<wfp-facility-locator district="강서구"></wfp-facility-locator>`;

export const npmInstall = `npm install seoul-wfp-widgets@${version}`;

export const npmImports = `import 'seoul-wfp-widgets/execution-gauge'; // registers <wfp-execution-gauge> only
import 'seoul-wfp-widgets/program-card';    // <wfp-program-card>
import 'seoul-wfp-widgets/program-list';    // <wfp-program-list> (and the cards it renders)
import 'seoul-wfp-widgets/staffing-table';
import 'seoul-wfp-widgets/facility-locator';
import 'seoul-wfp-widgets/wfp-data';

// or everything at once
import 'seoul-wfp-widgets';

// typed helpers without any element
import { formatMoney } from 'seoul-wfp-widgets/format';
import { parseDataset } from 'seoul-wfp-widgets/schema';`;

export const react = `import 'seoul-wfp-widgets/execution-gauge';
import 'seoul-wfp-widgets/program-list';
import type {} from 'seoul-wfp-widgets/react'; // JSX IntrinsicElements for every wfp-* element

export function FamilyBudget({ district }: { district: string }) {
  return (
    <>
      <wfp-execution-gauge department="영유아담당관" pace="auto" variant="bar" />
      <wfp-program-list
        district={district}
        onwfp-program-filter-change={(event) => console.log(event.detail.resultCount)}
        onwfp-error={(event) => console.warn(event.detail.message.en)}
      />
    </>
  );
}`;

export const vueConfig = `// vite.config.ts
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('wfp-') } } })],
});

// env.d.ts
import type {} from 'seoul-wfp-widgets/vue'; // GlobalComponents for every wfp-* element`;

export const vueComponent = `<script setup lang="ts">
import 'seoul-wfp-widgets/staffing-table';
import 'seoul-wfp-widgets/facility-locator';
import { ref } from 'vue';

const district = ref('gangseo');
</script>

<template>
  <wfp-staffing-table measure="women-share" bars />
  <wfp-facility-locator :district="district" @wfp-filter-change="(e) => (district = e.detail.district ?? '')" />
</template>`;

export const wfpData = `<wfp-data src="/data/gangseo-2024.json">
  <wfp-execution-gauge></wfp-execution-gauge>
  <wfp-staffing-table></wfp-staffing-table>
  <wfp-program-list></wfp-program-list>
</wfp-data>

<script type="module">
  // …or hand it an object you already have (validated on assignment)
  document.querySelector('wfp-data').dataset = await (await fetch('/api/family-budget')).json();
</script>`;

export const validate = `npx wfp-data validate my-district.json                         # in a project that installed seoul-wfp-widgets
npx -p seoul-wfp-widgets wfp-data validate my-district.json   # anywhere else (once 0.1.0 is published)
node bin/wfp-data.js validate my-district.json                # in a clone, after npm ci && npm run build`;
