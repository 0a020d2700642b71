"use client";

import { SectionError, type ErrorBoundaryProps } from "@/components/ui/section-error";

// Unexpected failures on the dashboard. Bad URL parameters never get here: they fall back to the defaults.
export default function DashboardError(props: ErrorBoundaryProps) {
  return <SectionError {...props} title="Your dashboard could not be loaded" reassurance="Your videos and readings are safe." />;
}
