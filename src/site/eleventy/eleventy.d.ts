/**
 * The few parts of Eleventy 3's programmatic API logbook uses: its main
 * entry ships no types (11ty/eleventy#3383).
 */
declare module '@11ty/eleventy' {
  export interface EleventyOptions {
    config?: (config: UserConfig) => void;
    pathPrefix?: string;
    quietMode?: boolean;
    configPath?: string | false;
  }

  export interface UserConfig {
    benchmarkManager?: { get(group: string): { setIsVerbose(verbose: boolean): void } };
    addTemplate(virtualPath: string, content: string, data?: Record<string, unknown>): void;
    addGlobalData(name: string, value: unknown): void;
    addFilter(name: string, filter: (...args: never[]) => unknown): void;
    addPlugin(plugin: unknown, options?: Record<string, unknown>): void;
    addTransform(name: string, transform: (this: { page: { outputPath?: string | false } }, content: string) => string): void;
    setTemplateFormats(formats: string[]): void;
    setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
    setUseGitIgnore(use: boolean): void;
    setDataDeepMerge(deep: boolean): void;
  }

  export class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    toJSON(): Promise<{ url: string; outputPath: string; content: string }[]>;
    disableLogger(): void;
    setIsVerbose(verbose: boolean): void;
  }

  export const HtmlBasePlugin: unknown;
}

