// Types of bin/launch.js for the TypeScript that shares its rules (scripts/bench/extract.ts, tests).
export declare function builtIsCurrent(entry: string): boolean;
export declare const DEFAULT_EXTRACT_SEMI_SPACE_MB: number;
export declare const EXTRACT_INTERRUPT_BUDGET: number;
export declare function extractionV8Flags(env?: NodeJS.ProcessEnv): string[];
export declare function extractsInThisThread(args: string[], env?: NodeJS.ProcessEnv): boolean;
export declare function relaunchForExtraction(): boolean;
export declare function launch(entry: 'cli' | 'main'): Promise<void>;
export declare function exitWithParent(env?: NodeJS.ProcessEnv): () => void;
