/// <reference types="vite/client" />

declare module 'virtual:scenario-catalogue' {
  const catalogue: Record<string, Record<string, { title: string; keywords: string }>>;
  export default catalogue;
}
