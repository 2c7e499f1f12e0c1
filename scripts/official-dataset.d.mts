export declare const OFFICIAL_DATASET_FILE: string;
export declare function sourceDatasetBytes(root?: string): Buffer;
export declare function shippedDatasetBytes(root?: string): Buffer;
export declare function sha256Hex(bytes: Uint8Array): string;
export declare const FIGURES_DATASET_FILE: string;
export declare const FIGURES_LEAVE_OUT: readonly string[];
export declare function shippedFiguresBytes(root?: string): Buffer;
