<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit HTML writer: the text of one prepared TEI master (see writers/prepare.py) as an
  HTML fragment. One template per TEI element; an element without a template keeps its
  text (a <div> between blocks, a <span> inside running text).

  prepare.py has already decided what needs the whole tree: note numbers (tk:seq,
  tk:label, tk:notes), paragraph numbers and ids (tk:pn, tk:id), safe links (tk:href), the signs
  of the view (tk:before, tk:after, tk:hide) and where a block must be a span to keep the
  HTML valid (tk:tag). Generated text (signs, numbers, markers, headings the master does
  not have) is always inside an element of class "gen", so it can be told from the
  master's words. Only tk:href ever becomes a link.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:writer"
    exclude-result-prefixes="t tk">

  <xsl:output method="html" encoding="UTF-8"/>

  <xsl:param name="base" select="2"/>      <!-- heading level of a top-level div -->
  <xsl:param name="prefix" select="''"/>   <!-- of every id, when masters share a page -->

  <xsl:key name="notes" match="t:note" use="@tk:owner"/>  <!-- only numbered notes have tk:owner -->

  <xsl:param name="frame" select="'page'"/>  <!-- page: a whole page; else the text only -->

  <!-- the page frame; html.py fills in head, header and footer -->
  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="$frame = 'page'">
        <html>
          <xsl:text>&#10;</xsl:text><head/><xsl:text>&#10;</xsl:text>
          <body>
            <xsl:text>&#10;</xsl:text><header/><xsl:text>&#10;</xsl:text>
            <main><xsl:text>&#10;</xsl:text>
              <article class="document"><xsl:text>&#10;</xsl:text>
                <xsl:call-template name="text"/>
              </article><xsl:text>&#10;</xsl:text>
            </main><xsl:text>&#10;</xsl:text>
            <footer/><xsl:text>&#10;</xsl:text>
          </body><xsl:text>&#10;</xsl:text>
        </html>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="text">
    <div class="tei-text">
      <xsl:text>&#10;</xsl:text>
      <xsl:apply-templates select="t:TEI/t:text | t:teiCorpus/t:TEI/t:text | t:text"/>
    </div>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <!-- ==================================================================== structure -->

  <xsl:template match="t:text | t:front | t:back | t:body | t:group">
    <div class="{local-name()}">
      <xsl:apply-templates select="@xml:id" mode="id"/>
      <xsl:apply-templates/>
      <xsl:if test="@tk:notes"><xsl:call-template name="endnotes"/></xsl:if>
    </div>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="t:div">
    <section class="div div-{@type}">
      <xsl:apply-templates select="@xml:id" mode="id"/>
      <xsl:text>&#10;</xsl:text>
      <xsl:apply-templates/>
      <xsl:if test="@tk:notes"><xsl:call-template name="endnotes"/></xsl:if>
    </section>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="t:div/t:head">
    <xsl:variable name="level" select="$base + count(ancestor::t:div[t:head]) - 1"/>
    <xsl:element name="h{substring('123456666666', $level, 1)}">
      <xsl:attribute name="class">head</xsl:attribute>
      <xsl:apply-templates select="@xml:id" mode="id"/>
      <xsl:apply-templates/>
    </xsl:element>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="t:head">
    <xsl:call-template name="block"><xsl:with-param name="class" select="'head'"/></xsl:call-template>
  </xsl:template>

  <!-- a paragraph: numbered for citation (tk:pn, the number links to it), or not (in a
       note), or with a rendition, or holding blocks (div) or standing in running text
       (span). One template with a choose, not patterns with predicates: libxslt rescans
       all siblings for a predicate pattern when matching nodes alternate parents (sp's
       paragraphs and the div's), which made large transcripts quadratic. -->
  <xsl:template match="t:p">
    <xsl:choose>
      <xsl:when test="@tk:tag or @rend">
        <xsl:element name="{concat(@tk:tag, substring('p', 1, number(not(@tk:tag))))}">
          <xsl:attribute name="class">p<xsl:if test="@rend"> rend-<xsl:value-of select="translate(normalize-space(@rend), ' #&quot;&lt;&gt;&amp;=`', '-')"/></xsl:if></xsl:attribute>
          <xsl:call-template name="p-number"/>
          <xsl:apply-templates/>
        </xsl:element>
        <xsl:if test="not(@tk:tag = 'span')"><xsl:text>&#10;</xsl:text></xsl:if>
      </xsl:when>
      <xsl:when test="@tk:pn">
        <p class="p" id="{@tk:id}"><a class="pn gen" href="#{@tk:id}"><xsl:value-of select="@tk:pn"/></a><xsl:apply-templates/></p>
        <xsl:text>&#10;</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <p class="p"><xsl:apply-templates select="@xml:id" mode="id"/><xsl:apply-templates/></p>
        <xsl:text>&#10;</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="p-number">
    <xsl:choose>
      <xsl:when test="@tk:pn">
        <xsl:attribute name="id"><xsl:value-of select="@tk:id"/></xsl:attribute>
        <a class="pn gen" href="#{@tk:id}"><xsl:value-of select="@tk:pn"/></a>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates select="@xml:id" mode="id"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================= transcripts -->

  <xsl:template match="t:sp">
    <div class="sp">
      <xsl:apply-templates select="@xml:id" mode="id"/>
      <xsl:text>&#10;</xsl:text>
      <xsl:apply-templates select="t:speaker"/>
      <div class="speech">
        <xsl:text>&#10;</xsl:text>
        <xsl:apply-templates select="node()[not(self::t:speaker)]"/>
      </div>
      <xsl:text>&#10;</xsl:text>
    </div>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="t:speaker">
    <xsl:call-template name="block"><xsl:with-param name="class" select="'speaker'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="t:stage">
    <xsl:call-template name="block"><xsl:with-param name="class" select="'stage'"/></xsl:call-template>
  </xsl:template>

  <!-- ====================================================== openers, closers, verse -->

  <!-- containers of blocks -->
  <xsl:template match="t:opener | t:closer | t:postscript | t:lg | t:castList | t:castGroup
      | t:titlePage | t:docTitle | t:argument | t:epigraph | t:u">
    <xsl:call-template name="block"><xsl:with-param name="kind" select="'div'"/></xsl:call-template>
  </xsl:template>

  <!-- lines of their own -->
  <xsl:template match="t:dateline | t:signed | t:salute | t:byline | t:docDate | t:docImprint
      | t:titlePart | t:trailer | t:l | t:ab | t:castItem">
    <xsl:call-template name="block"/>
  </xsl:template>

  <xsl:template match="t:seg">
    <xsl:call-template name="block">
      <xsl:with-param name="class" select="concat('seg', substring(concat(' seg-', translate(normalize-space(@type), ' #&quot;&lt;&gt;&amp;=`', '-')), 1, 99 * boolean(@type)))"/>
    </xsl:call-template>
  </xsl:template>

  <!-- ==================================================================== lists, tables -->

  <xsl:template match="t:list">
    <xsl:choose>
      <xsl:when test="@tk:tag">
        <span class="list"><xsl:apply-templates select="@xml:id" mode="id"/><xsl:apply-templates/></span>
      </xsl:when>
      <xsl:otherwise>
        <div class="list-block">
          <xsl:apply-templates select="@xml:id" mode="id"/>
          <xsl:apply-templates select="t:head"/>
          <xsl:choose>
            <xsl:when test="t:label">
              <dl class="list list-{@type}">
                <xsl:apply-templates select="node()[not(self::t:head)]" mode="dl"/>
              </dl>
            </xsl:when>
            <xsl:otherwise>
              <ul class="list list-{@type}{substring(' numbered', 1, 9 * boolean(t:item/@n))}">
                <xsl:apply-templates select="node()[not(self::t:head)]" mode="list"/>
              </ul>
            </xsl:otherwise>
          </xsl:choose>
        </div>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- an item outside a list, or a list inside running text: a line of its own -->
  <xsl:template match="t:item">
    <span class="item"><xsl:apply-templates select="@xml:id" mode="id"/><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="t:item" mode="list">
    <li><xsl:apply-templates select="@xml:id" mode="id"/><xsl:apply-templates/></li>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>
  <xsl:template match="t:label" mode="dl">
    <dt><xsl:apply-templates select="@xml:id" mode="id"/><xsl:apply-templates/></dt>
  </xsl:template>
  <xsl:template match="t:item" mode="dl">
    <dd><xsl:apply-templates select="@xml:id" mode="id"/><xsl:apply-templates/></dd>
  </xsl:template>
  <!-- anything else directly in a list (pb, note, …) gets an item of its own -->
  <xsl:template match="*" mode="list">
    <li class="list-extra"><xsl:apply-templates select="."/></li>
  </xsl:template>
  <xsl:template match="*" mode="dl">
    <dd class="list-extra"><xsl:apply-templates select="."/></dd>
  </xsl:template>
  <xsl:template match="text()" mode="list">
    <xsl:if test="normalize-space()"><li class="list-extra"><xsl:value-of select="."/></li></xsl:if>
  </xsl:template>
  <xsl:template match="text()" mode="dl">
    <xsl:if test="normalize-space()"><dd class="list-extra"><xsl:value-of select="."/></dd></xsl:if>
  </xsl:template>

  <xsl:template match="t:table">
    <xsl:choose>
      <xsl:when test="@tk:tag">
        <span class="table"><xsl:apply-templates select="@xml:id" mode="id"/><xsl:apply-templates/></span>
      </xsl:when>
      <xsl:otherwise>
        <div class="table-block">
          <table>
            <xsl:apply-templates select="@xml:id" mode="id"/>
            <xsl:if test="t:head"><caption><xsl:apply-templates select="t:head/node()"/></caption></xsl:if>
            <tbody><xsl:apply-templates select="node()[not(self::t:head)]" mode="table"/></tbody>
          </table>
        </div>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="t:row" mode="table">
    <tr><xsl:apply-templates select="*" mode="row"/></tr><xsl:text>&#10;</xsl:text>
  </xsl:template>
  <xsl:template match="t:cell" mode="row">
    <td>
      <xsl:if test="number(@cols) &gt; 1 and number(@cols) &lt; 1000"><xsl:attribute name="colspan"><xsl:value-of select="number(@cols)"/></xsl:attribute></xsl:if>
      <xsl:if test="number(@rows) &gt; 1 and number(@rows) &lt; 1000"><xsl:attribute name="rowspan"><xsl:value-of select="number(@rows)"/></xsl:attribute></xsl:if>
      <xsl:apply-templates/>
    </td>
  </xsl:template>
  <xsl:template match="*" mode="row">
    <td><xsl:apply-templates select="."/></td>
  </xsl:template>
  <xsl:template match="*" mode="table">
    <tr><td><xsl:apply-templates select="."/></td></tr>
  </xsl:template>
  <xsl:template match="text()" mode="table">
    <xsl:if test="normalize-space()"><tr><td><xsl:value-of select="."/></td></tr></xsl:if>
  </xsl:template>
  <!-- a row or cell inside running text -->
  <xsl:template match="t:row | t:cell">
    <span class="{local-name()}"><xsl:apply-templates/><xsl:text> </xsl:text></span>
  </xsl:template>

  <!-- ===================================================================== quotations -->

  <xsl:template match="t:quote | t:q | t:said | t:floatingText">
    <xsl:choose>
      <xsl:when test="not(@tk:tag) and (t:p or t:lg or t:list or t:sp or t:body or t:ab)">
        <blockquote class="{local-name()}"><xsl:apply-templates select="@xml:id" mode="id"/><xsl:apply-templates/></blockquote>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="inline"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ==================================================================== inline -->

  <xsl:template match="t:hi">
    <xsl:choose>
      <xsl:when test="contains(@rend, 'italic')"><i class="hi"><xsl:apply-templates select="@xml:id" mode="id"/><xsl:apply-templates/></i></xsl:when>
      <xsl:when test="contains(@rend, 'bold') or contains(@rend, 'strong')"><b class="hi"><xsl:apply-templates select="@xml:id" mode="id"/><xsl:apply-templates/></b></xsl:when>
      <xsl:when test="contains(@rend, 'sup')"><sup class="hi"><xsl:apply-templates select="@xml:id" mode="id"/><xsl:apply-templates/></sup></xsl:when>
      <xsl:when test="contains(@rend, 'subscript')"><sub class="hi"><xsl:apply-templates select="@xml:id" mode="id"/><xsl:apply-templates/></sub></xsl:when>
      <xsl:when test="contains(@rend, 'underline')"><u class="hi"><xsl:apply-templates select="@xml:id" mode="id"/><xsl:apply-templates/></u></xsl:when>
      <xsl:otherwise><span class="hi{substring(concat(' rend-', translate(normalize-space(@rend), ' #&quot;&lt;&gt;&amp;=`', '-')), 1, 99 * boolean(@rend))}"><xsl:apply-templates select="@xml:id" mode="id"/><xsl:apply-templates/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="t:emph"><em><xsl:apply-templates select="@xml:id" mode="id"/><xsl:apply-templates/></em></xsl:template>
  <xsl:template match="t:foreign | t:term">
    <i class="{local-name()}"><xsl:apply-templates select="@xml:id" mode="id"/><xsl:if test="@xml:lang"><xsl:attribute name="lang"><xsl:value-of select="@xml:lang"/></xsl:attribute></xsl:if><xsl:apply-templates/></i>
  </xsl:template>
  <xsl:template match="t:title"><cite class="title"><xsl:apply-templates select="@xml:id" mode="id"/><xsl:apply-templates/></cite></xsl:template>

  <!-- names, dates and other phrases: a span with the element's name as its class -->
  <xsl:template match="t:persName | t:placeName | t:orgName | t:name | t:rs | t:date | t:time
      | t:num | t:measure | t:gloss | t:label | t:desc | t:bibl | t:editor | t:author
      | t:publisher | t:pubPlace | t:biblScope | t:idno | t:distributor | t:resp | t:respStmt
      | t:role | t:roleDesc | t:add | t:del | t:w | t:c | t:pc | t:damage">
    <xsl:call-template name="inline"/>
  </xsl:template>

  <xsl:template match="t:lb"><br/></xsl:template>

  <xsl:template match="t:pb">
    <span class="pb gen" title="Page {@n}">
      <xsl:apply-templates select="@xml:id" mode="id"/>
      <xsl:value-of select="concat('p.', substring(' ', 1, string-length(normalize-space(@n))), normalize-space(@n))"/>
    </span>
  </xsl:template>

  <xsl:template match="t:cb | t:milestone | t:anchor">
    <span class="{local-name()}"><xsl:apply-templates select="@xml:id" mode="id"/></span>
  </xsl:template>

  <xsl:template match="t:ref">
    <xsl:choose>
      <xsl:when test="@tk:href">
        <a class="ref" href="{@tk:href}"><xsl:apply-templates select="@xml:id" mode="id"/><xsl:apply-templates/></a>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="inline"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="t:ptr">
    <xsl:choose>
      <xsl:when test="@tk:label">
        <a class="fn-ref gen" href="{@tk:href}"><sup><xsl:value-of select="@tk:label"/></sup></a>
      </xsl:when>
      <xsl:when test="@tk:href">
        <a class="ptr gen" href="{@tk:href}">↗</a>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- editorial apparatus: the signs come from teikit.signs, written into tk:* -->
  <xsl:template match="t:sic | t:corr | t:reg | t:orig | t:abbr | t:expan | t:supplied | t:unclear | t:gap">
    <span class="{local-name()}">
      <xsl:if test="self::t:gap and t:desc and @tk:hide">
        <xsl:attribute name="title"><xsl:value-of select="normalize-space(t:desc)"/></xsl:attribute>
      </xsl:if>
      <xsl:apply-templates select="@xml:id" mode="id"/>
      <xsl:if test="@tk:before"><span class="sign gen"><xsl:value-of select="@tk:before"/></span></xsl:if>
      <xsl:if test="not(@tk:hide)"><xsl:apply-templates/></xsl:if>
      <xsl:if test="@tk:after"><span class="sign gen"><xsl:value-of select="@tk:after"/></span></xsl:if>
    </span>
  </xsl:template>

  <xsl:template match="t:choice">
    <span class="choice">
      <xsl:apply-templates select="t:sic | t:orig | t:abbr"/>
      <xsl:apply-templates select="node()[not(self::t:sic or self::t:orig or self::t:abbr)]"/>
    </span>
  </xsl:template>

  <!-- ===================================================================== notes -->

  <!-- a numbered note: a marker here, the note itself at the end of its document (and a
       copy that print engines with CSS footnotes float to the foot of the page) -->
  <xsl:template match="t:note">
    <xsl:choose>
      <!-- a numbered note: a marker here, the note itself at the end of its document (and
           a copy that print engines with CSS footnotes float to the foot of the page) -->
      <xsl:when test="@tk:seq">
        <a class="fn-ref gen" id="{@tk:ref}" href="#{@tk:id}" role="doc-noteref"><sup><xsl:value-of select="@tk:label"/></sup></a>
        <span class="fn-print" aria-hidden="true" data-label="{@tk:label}">
          <span class="fn-print-label gen"><xsl:value-of select="@tk:label"/></span>
          <xsl:text> </xsl:text>
          <xsl:apply-templates mode="flat"/>
        </span>
      </xsl:when>
      <!-- a note printed where it stands (a file number before a heading, a speaker note) -->
      <xsl:otherwise>
        <xsl:call-template name="block">
          <xsl:with-param name="class" select="concat('note', substring(concat(' note-', translate(normalize-space(@type), ' #&quot;&lt;&gt;&amp;=`', '-')), 1, 99 * boolean(@type)))"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="endnotes">
    <xsl:variable name="level" select="$base + count(ancestor-or-self::t:div[t:head])"/>
    <section class="notes" role="doc-endnotes">
      <xsl:text>&#10;</xsl:text>
      <xsl:element name="h{substring('123456666666', $level, 1)}">
        <xsl:attribute name="class">notes-head gen</xsl:attribute>
        <xsl:text>Notes</xsl:text>
      </xsl:element>
      <xsl:text>&#10;</xsl:text>
      <ol class="notes">
        <xsl:text>&#10;</xsl:text>
        <xsl:for-each select="key('notes', @tk:notes)">
          <li class="note" id="{@tk:id}" role="doc-endnote">
            <a class="fn-back gen" href="#{@tk:ref}" role="doc-backlink"><xsl:value-of select="@tk:label"/></a>
            <xsl:text> </xsl:text>
            <div class="note-body"><xsl:apply-templates/></div>
          </li>
          <xsl:text>&#10;</xsl:text>
        </xsl:for-each>
      </ol>
      <xsl:text>&#10;</xsl:text>
    </section>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <!-- the print copy of a note: the same text, every element a span, no ids -->
  <xsl:template match="*" mode="flat"><xsl:call-template name="flat-span"/></xsl:template>
  <xsl:template name="flat-span">
    <span class="{local-name()}{substring(concat(' rend-', translate(normalize-space(@rend), ' #&quot;&lt;&gt;&amp;=`', '-')), 1, 99 * boolean(@rend))}">
      <xsl:if test="@tk:before"><span class="sign gen"><xsl:value-of select="@tk:before"/></span></xsl:if>
      <xsl:if test="not(@tk:hide)"><xsl:apply-templates mode="flat"/></xsl:if>
      <xsl:if test="@tk:after"><span class="sign gen"><xsl:value-of select="@tk:after"/></span></xsl:if>
    </span>
  </xsl:template>
  <xsl:template match="t:note" mode="flat">
    <xsl:choose>
      <xsl:when test="@tk:seq"><sup class="gen"><xsl:value-of select="@tk:label"/></sup></xsl:when>
      <xsl:otherwise><xsl:call-template name="flat-span"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="t:pb" mode="flat">
    <span class="pb gen"><xsl:value-of select="concat('p. ', normalize-space(@n))"/></span>
  </xsl:template>
  <xsl:template match="t:lb" mode="flat"><br/></xsl:template>
  <xsl:template match="t:choice" mode="flat">
    <span class="choice">
      <xsl:apply-templates select="t:sic | t:orig | t:abbr" mode="flat"/>
      <xsl:apply-templates select="node()[not(self::t:sic or self::t:orig or self::t:abbr)]" mode="flat"/>
    </span>
  </xsl:template>

  <!-- ============================================================ the default rules -->

  <!-- any other element keeps its text: a block between blocks, a span in running text -->
  <xsl:template match="*">
    <xsl:choose>
      <xsl:when test="not(../@tk:tag) and (parent::t:div or parent::t:body or parent::t:front
          or parent::t:back or parent::t:text or parent::t:sp or parent::t:lg or parent::t:opener
          or parent::t:closer or parent::t:postscript or parent::t:titlePage
          or parent::t:castList or parent::t:u
          or parent::t:floatingText or parent::t:group or parent::t:argument
          or parent::t:epigraph or parent::t:docTitle or parent::t:quote[t:p])">
        <xsl:call-template name="block"/>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="inline"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- a block of text: p when it holds running text, div when it holds blocks, span when
       it stands inside running text itself (tk:tag) -->
  <xsl:template name="block">
    <xsl:param name="class" select="local-name()"/>
    <xsl:param name="kind" select="''"/>
    <xsl:variable name="tag">
      <xsl:choose>
        <xsl:when test="@tk:tag"><xsl:value-of select="@tk:tag"/></xsl:when>
        <xsl:when test="$kind"><xsl:value-of select="$kind"/></xsl:when>
        <xsl:when test="t:p or t:ab or t:list or t:table or t:lg or t:l or t:sp or t:div or t:head
            or t:quote[t:p] or t:floatingText or t:castList or t:u or t:opener or t:closer
            or t:postscript
            or t:seg or t:castItem or t:titlePart">div</xsl:when>
        <xsl:otherwise>p</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$tag}">
      <xsl:attribute name="class">
        <xsl:value-of select="$class"/>
        <xsl:if test="@rend"> rend-<xsl:value-of select="translate(normalize-space(@rend), ' #&quot;&lt;&gt;&amp;=`', '-')"/></xsl:if>
      </xsl:attribute>
      <xsl:if test="@xml:lang"><xsl:attribute name="lang"><xsl:value-of select="@xml:lang"/></xsl:attribute></xsl:if>
      <xsl:apply-templates select="@xml:id" mode="id"/>
      <xsl:apply-templates/>
    </xsl:element>
    <xsl:if test="$tag != 'span'"><xsl:text>&#10;</xsl:text></xsl:if>
  </xsl:template>

  <xsl:template name="inline">
    <span class="{local-name()}">
      <xsl:if test="@xml:lang"><xsl:attribute name="lang"><xsl:value-of select="@xml:lang"/></xsl:attribute></xsl:if>
      <xsl:apply-templates select="@xml:id" mode="id"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="@xml:id" mode="id">
    <xsl:attribute name="id"><xsl:value-of select="concat($prefix, normalize-space(.))"/></xsl:attribute>
  </xsl:template>

  <xsl:template match="comment() | processing-instruction()"/>
  <xsl:template match="comment() | processing-instruction()" mode="flat"/>
  <xsl:template match="t:teiHeader | t:standOff | t:facsimile"/>

</xsl:stylesheet>
