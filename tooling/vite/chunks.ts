// How the client build is cut into files.
import { VIRTUAL_CHUNK_NAMES } from './text-modules.ts';

/**
 * The modules every page runs (with what they import), in one chunk: left to itself the
 * bundler splits them into a chunk per set of pages sharing them (six files of a few hundred
 * bytes each on the home page), which cost about 1.5 KB gzipped in imports, exports and
 * per-file compression. main.tsx stays out: its top-level await would wait for a page chunk
 * that itself waits for this one.
 */
const APP_CORE = new RegExp(
  String.raw`[\/](` +
    [
      String.raw`src[\/]routes`,
      String.raw`src[\/]i18n[\/]index`,
      String.raw`src[\/]ui[\/](App|HomePage|Layout|LanguageSwitch|InterfaceTexts|PageHeading|hooks|downloads|i18nInstances|scenarioCache|ErrorBoundary|PageLoader)`,
      String.raw`src[\/]ui[\/]search[\/]SearchBox`,
      String.raw`machines[\/](index|[a-z]+[\/]organisation)`,
    ].join('|') +
    String.raw`)\.tsx?$`,
);

/**
 * What the home page's own script (src/ui/home/start.ts) shares with the app, in one small
 * chunk of its own: in the app's chunk, the home page would download the whole app with it.
 */
const START = /[/\\]src[/\\](i18n[/\\]languages|ui[/\\](serviceWorker|rememberedOrganisation))\.ts$/;

export const codeSplitting = {
  groups: [
    { name: 'start', test: START },
    { name: 'app', test: APP_CORE },
  ],
};

/** The per-language virtual modules would all be named `fr-…` / `en-…`: say what they hold. */
export function chunkFileNames(chunk: { facadeModuleId: string | null }): string {
  const virtual = /virtual:([\w-]+)\/([\w/-]+)/.exec(chunk.facadeModuleId ?? '');
  const name = virtual && VIRTUAL_CHUNK_NAMES[virtual[1]!];
  return name ? `assets/${name}-${virtual[2]!.replaceAll('/', '-')}-[hash].js` : 'assets/[name]-[hash].js';
}
