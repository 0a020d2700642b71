"use client";

import { SectionError, type ErrorBoundaryProps } from "@/components/ui/section-error";

// Unexpected failures on /insights.
export default function InsightsError(props: ErrorBoundaryProps) {
  return <SectionError {...props} title="Your insights could not be loaded" reassurance="Your data is safe." />;
}
