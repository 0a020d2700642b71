"use client";

import { SectionError, type ErrorBoundaryProps } from "@/components/ui/section-error";

// Unexpected failures on /earnings.
export default function EarningsError(props: ErrorBoundaryProps) {
  return <SectionError {...props} title="Your earnings could not be loaded" reassurance="Your data is safe." />;
}
