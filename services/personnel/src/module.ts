/** A domain module of the personnel service: its entities and resolvers, wired in service.ts. */
export interface PersonnelModule {
  entities: Function[];
  resolvers: Function[];
}
