// openCypher grammar for kg, written from the openCypher 9 specification.
// Keywords are case-insensitive; identifiers, labels and types are case-sensitive.
grammar Cypher;

script : ';'* statement ( ';'+ statement )* ';'* EOF ;

statement : ( EXPLAIN | PROFILE )? ( regularQuery | showProcedures ) ;
// Neo4j's listing of procedures; the same rows as CALL db.procedures().
showProcedures : SHOW PROCEDURES ( yieldClause clause* )? ;

regularQuery : singleQuery unionPart* ;
unionPart : UNION ALL? singleQuery ;
singleQuery : clause+ ;

clause
  : matchClause | unwindClause | loadCsvClause | withClause | returnClause | createClause | mergeClause
  | setClause | removeClause | deleteClause | callClause
  ;

matchClause : OPTIONAL? MATCH pattern whereClause? ;
unwindClause : UNWIND expression AS variable ;
// Neo4j's LOAD CSV: one row per CSV record, a list of strings, or a map with HEADERS.
loadCsvClause : LOAD CSV ( WITH HEADERS )? FROM expression AS variable ( FIELDTERMINATOR StringLiteral )? ;
withClause : WITH projectionBody whereClause? ;
returnClause : RETURN projectionBody ;
projectionBody : DISTINCT? projectionItems orderBy? skipClause? limitClause? ;
projectionItems : ( '*' ( ',' projectionItem )* ) | projectionItem ( ',' projectionItem )* ;
projectionItem : expression ( AS variable )? ;
orderBy : ORDER BY sortItem ( ',' sortItem )* ;
sortItem : expression ( ASCENDING | ASC | DESCENDING | DESC )? ;
skipClause : SKIP_ expression ;
limitClause : LIMIT expression ;
whereClause : WHERE expression ;

createClause : CREATE pattern ;
mergeClause : MERGE patternPart mergeAction* ;
mergeAction : ON ( MATCH | CREATE ) setClause ;
setClause : SET setItem ( ',' setItem )* ;
setItem
  : propertyExpression '=' expression     # setProperty
  | variable '=' expression               # setReplace
  | variable '+=' expression              # setMerge
  | variable nodeLabels                   # setLabels
  ;
removeClause : REMOVE removeItem ( ',' removeItem )* ;
removeItem : variable nodeLabels | propertyExpression ;
deleteClause : DETACH? DELETE expression ( ',' expression )* ;
callClause : CALL procedureName '(' ( expression ( ',' expression )* )? ')' yieldClause? ;
yieldClause : YIELD ( '*' | yieldItem ( ',' yieldItem )* ) whereClause? ;
yieldItem : symbolicName ( AS variable )? ;
procedureName : symbolicName ( '.' symbolicName )* ;

pattern : patternPart ( ',' patternPart )* ;
patternPart : ( variable '=' )? anonymousPatternPart ;
anonymousPatternPart : shortestPathPattern | patternElement ;
shortestPathPattern : ( SHORTESTPATH | ALLSHORTESTPATHS ) '(' patternElement ')' ;
patternElement : nodePattern patternElementChain* | '(' patternElement ')' ;
patternElementChain : relationshipPattern nodePattern ;
nodePattern : '(' variable? nodeLabels? properties? ')' ;
relationshipPattern : leftArrow? '-' relationshipDetail? '-' rightArrow? ;
relationshipDetail : '[' variable? relationshipTypes? rangeLiteral? properties? ']' ;
leftArrow : '<' ;
rightArrow : '>' ;
properties : mapLiteral | parameter ;
relationshipTypes : ':' schemaName ( '|' ':'? schemaName )* ;
nodeLabels : ( ':' schemaName )+ ;
rangeLiteral : '*' IntegerLiteral? ( '..' IntegerLiteral? )? ;
propertyExpression : atom ( '.' schemaName )+ ;

expression : orExpression ;
orExpression : xorExpression ( OR xorExpression )* ;
xorExpression : andExpression ( XOR andExpression )* ;
andExpression : notExpression ( AND notExpression )* ;
notExpression : NOT* comparisonExpression ;
comparisonExpression : predicateExpression ( comparisonOperator predicateExpression )* ;
comparisonOperator : '=' | '<>' | '<' | '>' | '<=' | '>=' | '!=' | '==' ;
predicateExpression : addExpression predicateSuffix* ;
predicateSuffix
  : ( STARTS WITH | ENDS WITH | CONTAINS | '=~' ) addExpression   # stringPredicate
  | IN addExpression                                               # inPredicate
  | IS NOT? NULL_                                                   # nullPredicate
  ;
addExpression : multiplyExpression ( ( '+' | '-' ) multiplyExpression )* ;
multiplyExpression : powerExpression ( ( '*' | '/' | '%' ) powerExpression )* ;
powerExpression : unaryExpression ( '^' unaryExpression )* ;
unaryExpression : ( '+' | '-' )* postfixExpression ;
postfixExpression : atom postfixSuffix* nodeLabels? ;
postfixSuffix
  : '.' schemaName                                       # propertyLookup
  | '[' expression ']'                                   # indexLookup
  | '[' from=expression? '..' to=expression? ']'         # sliceLookup
  ;

atom
  : literal
  | parameter
  | caseExpression
  | COUNT '(' '*' ')'
  | listComprehension
  | patternComprehension
  | quantifier
  | existsSubquery
  | relationshipsPattern
  | '(' expression ')'
  | functionInvocation
  | variable
  ;
quantifier : ( ALL | ANY | NONE | SINGLE ) '(' variable IN expression ( WHERE expression )? ')' ;
existsSubquery : EXISTS '{' ( regularQuery | pattern whereClause? ) '}' ;
relationshipsPattern : nodePattern patternElementChain+ ;
listComprehension : '[' variable IN expression ( WHERE expression )? ( '|' expression )? ']' ;
patternComprehension : '[' ( variable '=' )? relationshipsPattern ( WHERE expression )? '|' expression ']' ;
functionInvocation : functionName '(' DISTINCT? ( expression ( ',' expression )* )? ')' ;
functionName : symbolicName ( '.' symbolicName )* | EXISTS ;
caseExpression
  : CASE expression? caseAlternative+ ( ELSE expression )? END ;
caseAlternative : WHEN expression THEN expression ;

literal
  : IntegerLiteral | HexInteger | OctalInteger | DoubleLiteral | StringLiteral
  | TRUE | FALSE | NULL_ | listLiteral | mapLiteral
  ;
listLiteral : '[' ( expression ( ',' expression )* )? ']' ;
mapLiteral : '{' ( schemaName ':' expression ( ',' schemaName ':' expression )* )? '}' ;
parameter : '$' ( symbolicName | IntegerLiteral ) ;
variable : symbolicName ;

schemaName : symbolicName | reservedWord ;
symbolicName
  : UnescapedSymbolicName | EscapedSymbolicName | COUNT | ANY | NONE | SINGLE | ALL
  | SHORTESTPATH | ALLSHORTESTPATHS | EXISTS | ASC | DESC | ASCENDING | DESCENDING | SHOW | PROCEDURES
  | LOAD | CSV | HEADERS | FROM | FIELDTERMINATOR
  ;
reservedWord
  : MATCH | OPTIONAL | WHERE | WITH | UNWIND | AS | RETURN | DISTINCT | ORDER | BY | SKIP_
  | LIMIT | CREATE | MERGE | ON | SET | REMOVE | DELETE | DETACH | CALL | YIELD | UNION
  | OR | XOR | AND | NOT | STARTS | ENDS | CONTAINS | IN | IS | NULL_ | TRUE | FALSE | CASE
  | WHEN | THEN | ELSE | END | EXPLAIN | PROFILE
  ;

EXPLAIN : E X P L A I N ;  PROFILE : P R O F I L E ;
UNION : U N I O N ;  ALL : A L L ;  OPTIONAL : O P T I O N A L ;  MATCH : M A T C H ;
UNWIND : U N W I N D ;  AS : A S ;  WITH : W I T H ;  RETURN : R E T U R N ;
DISTINCT : D I S T I N C T ;  ORDER : O R D E R ;  BY : B Y ;  ASCENDING : A S C E N D I N G ;
ASC : A S C ;  DESCENDING : D E S C E N D I N G ;  DESC : D E S C ;  SKIP_ : S K I P ;
LIMIT : L I M I T ;  WHERE : W H E R E ;  CREATE : C R E A T E ;  MERGE : M E R G E ;
ON : O N ;  SET : S E T ;  REMOVE : R E M O V E ;  DETACH : D E T A C H ;
DELETE : D E L E T E ;  CALL : C A L L ;  YIELD : Y I E L D ;  OR : O R ;  XOR : X O R ;
AND : A N D ;  NOT : N O T ;  STARTS : S T A R T S ;  ENDS : E N D S ;
CONTAINS : C O N T A I N S ;  IN : I N ;  IS : I S ;  NULL_ : N U L L ;  COUNT : C O U N T ;
CASE : C A S E ;  ELSE : E L S E ;  END : E N D ;  WHEN : W H E N ;  THEN : T H E N ;
ANY : A N Y ;  NONE : N O N E ;  SINGLE : S I N G L E ;  TRUE : T R U E ;
FALSE : F A L S E ;  EXISTS : E X I S T S ;  SHORTESTPATH : S H O R T E S T P A T H ;
ALLSHORTESTPATHS : A L L S H O R T E S T P A T H S ;
SHOW : S H O W ;  PROCEDURES : P R O C E D U R E S ;
LOAD : L O A D ;  CSV : C S V ;  HEADERS : H E A D E R S ;  FROM : F R O M ;
FIELDTERMINATOR : F I E L D T E R M I N A T O R ;

HexInteger : '0' X [0-9a-fA-F]+ ;
OctalInteger : '0' O [0-7]+ ;
IntegerLiteral : '0' | [1-9] [0-9]* ;
DoubleLiteral
  : [0-9]* '.' [0-9]+ ( E '-'? [0-9]+ )?
  | [0-9]+ E '-'? [0-9]+
  ;
StringLiteral
  : '"' ( ~["\\] | '\\' . )* '"'
  | '\'' ( ~['\\] | '\\' . )* '\''
  ;
UnescapedSymbolicName : [\p{L}_] [\p{L}\p{N}_]* ;
EscapedSymbolicName : ( '`' ~'`'* '`' )+ ;
WHITESPACE : [ \t\r\n\u000B\u000C\u00A0\u2000-\u200A\u2028\u2029\u3000]+ -> skip ;
LINE_COMMENT : '//' ~[\r\n]* -> skip ;
BLOCK_COMMENT : '/*' .*? '*/' -> skip ;

fragment A : [aA] ; fragment B : [bB] ; fragment C : [cC] ; fragment D : [dD] ;
fragment E : [eE] ; fragment F : [fF] ; fragment G : [gG] ; fragment H : [hH] ;
fragment I : [iI] ; fragment J : [jJ] ; fragment K : [kK] ; fragment L : [lL] ;
fragment M : [mM] ; fragment N : [nN] ; fragment O : [oO] ; fragment P : [pP] ;
fragment Q : [qQ] ; fragment R : [rR] ; fragment S : [sS] ; fragment T : [tT] ;
fragment U : [uU] ; fragment V : [vV] ; fragment W : [wW] ; fragment X : [xX] ;
fragment Y : [yY] ; fragment Z : [zZ] ;
