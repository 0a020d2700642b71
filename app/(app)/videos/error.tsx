"use client";

import { SectionError, type ErrorBoundaryProps } from "@/components/ui/section-error";

// Unexpected failures under /videos. Field problems never get here: forms show them at the field.
export default function VideosError(props: ErrorBoundaryProps) {
  return <SectionError {...props} title="Your videos could not be loaded" reassurance="Nothing you saved is lost." />;
}
